package org.campo.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DataKeyTest {
    private final DataKey key = DataKey.generate();

    @Test
    void sealedTextOpensInTheSamePlace() {
        byte[] sealed = key.sealText("submission", "instance_enc", "row-1", "<data>sí</data>");

        assertThat(key.openText("submission", "instance_enc", "row-1", sealed)).isEqualTo("<data>sí</data>");
    }

    @Test
    void ciphertextIsNotThePlaintextAndDiffersEachTime() {
        byte[] plain = "Maracaibo".getBytes(StandardCharsets.UTF_8);
        byte[] a = key.seal("site", "details_enc", "s1", plain);
        byte[] b = key.seal("site", "details_enc", "s1", plain);

        assertThat(new String(a, StandardCharsets.ISO_8859_1)).doesNotContain("Maracaibo");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void nullStaysNull() {
        assertThat(key.seal("form", "title_enc", "f1", null)).isNull();
        assertThat(key.openText("form", "title_enc", "f1", null)).isNull();
    }

    @Test
    void ciphertextMovedToAnotherRowFailsToDecrypt() {
        byte[] sealed = key.sealText("submission", "instance_enc", "row-1", "answers of person 1");

        assertThatThrownBy(() -> key.openText("submission", "instance_enc", "row-2", sealed))
                .isInstanceOf(CryptoException.class);
    }

    @Test
    void ciphertextMovedToAnotherColumnOrTableFailsToDecrypt() {
        byte[] sealed = key.sealText("form", "title_enc", "f1", "title");

        assertThatThrownBy(() -> key.openText("form", "xform_enc", "f1", sealed)).isInstanceOf(CryptoException.class);
        assertThatThrownBy(() -> key.openText("site", "title_enc", "f1", sealed)).isInstanceOf(CryptoException.class);
    }

    @Test
    void alteredCiphertextFailsToDecrypt() {
        byte[] sealed = key.sealText("site", "details_enc", "s1", "Tumbes");
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> key.openText("site", "details_enc", "s1", sealed)).isInstanceOf(CryptoException.class);
    }

    @Test
    void anotherKeyCannotDecrypt() {
        byte[] sealed = key.sealText("site", "details_enc", "s1", "Tumbes");

        assertThatThrownBy(() -> DataKey.generate().openText("site", "details_enc", "s1", sealed))
                .isInstanceOf(CryptoException.class);
    }

    @Test
    void destroyedKeyRefusesToWork() {
        key.destroy();

        assertThat(key.isDestroyed()).isTrue();
        assertThatThrownBy(() -> key.sealText("site", "details_enc", "s1", "x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void associatedDataNamesTableColumnAndRow() {
        assertThat(new String(FieldCipher.associatedData("consent", "attestation_enc", "c1"), StandardCharsets.UTF_8))
                .isEqualTo("campo/v1|consent|attestation_enc|c1");
    }
}
