package org.campo.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KdfParametersTest {

    @Test
    void defaultIs64MebibytesThreePassesOneLane() {
        assertThat(KdfParameters.DEFAULT.encode()).isEqualTo("argon2id;m=65536;t=3;p=1");
    }

    @Test
    void encodeDecodeRoundTrips() {
        KdfParameters p = new KdfParameters(8192, 2, 4);

        assertThat(KdfParameters.decode(p.encode())).isEqualTo(p);
    }

    @Test
    void unknownAlgorithmIsRefused() {
        assertThatThrownBy(() -> KdfParameters.decode("scrypt;m=8192;t=1;p=1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedTextIsRefused() {
        assertThatThrownBy(() -> KdfParameters.decode("argon2id;m=8192;t=1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KdfParameters.decode("argon2id;t=1;m=8192;p=1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KdfParameters.decode("argon2id;m=lots;t=1;p=1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void impossibleCostsAreRefused() {
        assertThatThrownBy(() -> new KdfParameters(8192, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KdfParameters(8192, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KdfParameters(15, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
