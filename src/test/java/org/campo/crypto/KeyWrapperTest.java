package org.campo.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyWrapperTest {
    private static final KdfParameters FAST = new KdfParameters(8192, 1, 1);
    private final DataKey key = DataKey.generate();

    @Test
    void rightPassphraseUnwrapsTheSameKey() throws Exception {
        WrappedKey wrapped = new KeyWrapper(FAST).wrap(key, "correct horse".toCharArray(), "slot-1");
        byte[] sealed = key.sealText("site", "details_enc", "s1", "Tumbes");

        DataKey unwrapped = KeyWrapper.unwrap(wrapped, "correct horse".toCharArray(), "slot-1");

        assertThat(unwrapped.openText("site", "details_enc", "s1", sealed)).isEqualTo("Tumbes");
        assertThat(wrapped.params()).isEqualTo(FAST);
        assertThat(wrapped.salt()).hasSize(16);
    }

    @Test
    void wrongPassphraseFailsToUnwrap() {
        WrappedKey wrapped = new KeyWrapper(FAST).wrap(key, "correct horse".toCharArray(), "slot-1");

        assertThatThrownBy(() -> KeyWrapper.unwrap(wrapped, "correct hors".toCharArray(), "slot-1"))
                .isInstanceOf(WrongSecretException.class);
    }

    @Test
    void wrappedKeyMovedToAnotherSlotFailsToUnwrap() {
        WrappedKey wrapped = new KeyWrapper(FAST).wrap(key, "correct horse".toCharArray(), "slot-1");

        assertThatThrownBy(() -> KeyWrapper.unwrap(wrapped, "correct horse".toCharArray(), "slot-2"))
                .isInstanceOf(WrongSecretException.class);
    }

    @Test
    void eachWrapUsesItsOwnSalt() {
        KeyWrapper wrapper = new KeyWrapper(FAST);
        WrappedKey a = wrapper.wrap(key, "correct horse".toCharArray(), "slot-1");
        WrappedKey b = wrapper.wrap(key, "correct horse".toCharArray(), "slot-1");

        assertThat(a.salt()).isNotEqualTo(b.salt());
        assertThat(a.wrapped()).isNotEqualTo(b.wrapped());
    }

    @Test
    void kdfIsDeterministicForSaltAndParametersAndDependsOnEach() {
        byte[] salt = new byte[16];
        byte[] k1 = PassphraseKdf.derive("ñandú pass".toCharArray(), salt, FAST);
        byte[] k2 = PassphraseKdf.derive("ñandú pass".toCharArray(), salt, FAST);
        byte[] otherSalt = new byte[16];
        otherSalt[0] = 1;

        assertThat(k1).hasSize(PassphraseKdf.KEY_BYTES).isEqualTo(k2);
        assertThat(PassphraseKdf.derive("ñandú pass".toCharArray(), otherSalt, FAST)).isNotEqualTo(k1);
        assertThat(PassphraseKdf.derive("ñandú pass".toCharArray(), salt, new KdfParameters(8192, 2, 1)))
                .isNotEqualTo(k1);
    }
}
