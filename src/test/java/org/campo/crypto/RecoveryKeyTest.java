package org.campo.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecoveryKeyTest {

    @Test
    void generatedKeyHasPrefixAndEightGroupsOfFiveCrockfordCharacters() {
        String key = new String(RecoveryKey.generate());

        assertThat(key).matches("CAMPO(-[0-9A-HJKMNP-TV-Z]{5}){8}");
    }

    @Test
    void generatedKeysDiffer() {
        assertThat(new String(RecoveryKey.generate())).isNotEqualTo(new String(RecoveryKey.generate()));
    }

    @Test
    void generatedKeyLooksLikeARecoveryKey() {
        assertThat(RecoveryKey.looksLikeRecoveryKey(RecoveryKey.generate())).isTrue();
    }

    @Test
    void lowerCaseAndSurroundingSpacesStillLookLikeARecoveryKey() {
        assertThat(RecoveryKey.looksLikeRecoveryKey(
                "  campo-abcde-fghjk-mnpqr-stvwx-yz012-34567-89abc-defgh ".toCharArray())).isTrue();
    }

    @Test
    void keyTypedWithSpacesInsideStillLooksLikeARecoveryKey() {
        assertThat(RecoveryKey.looksLikeRecoveryKey(
                "CAMPO-ABCDE -FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEF GH".toCharArray())).isTrue();
    }

    @Test
    void passphrasesDoNotLookLikeRecoveryKeys() {
        assertThat(RecoveryKey.looksLikeRecoveryKey("correct horse battery staple".toCharArray())).isFalse();
        assertThat(RecoveryKey.looksLikeRecoveryKey("CAMPO-ABCDE".toCharArray())).isFalse();
        assertThat(RecoveryKey.looksLikeRecoveryKey("".toCharArray())).isFalse();
    }

    @Test
    void normalizeUpperCasesAndDropsSpaces() {
        assertThat(new String(RecoveryKey.normalize(" campo-abcde -fghjk\t".toCharArray())))
                .isEqualTo("CAMPO-ABCDE-FGHJK");
    }

    @Test
    void normalizeReadsOAsZeroAndIAndLAsOne() {
        assertThat(new String(RecoveryKey.normalize("CAMPO-OoIiL-lXYZ0".toCharArray()))).isEqualTo("CAMPO-00111-1XYZ0");
    }

    @Test
    void normalizeKeepsTheOInThePrefix() {
        assertThat(new String(RecoveryKey.normalize("campo-o".toCharArray()))).isEqualTo("CAMPO-0");
    }

    @Test
    void normalizedGeneratedKeyIsUnchanged() {
        char[] key = RecoveryKey.generate();

        assertThat(RecoveryKey.normalize(key)).isEqualTo(key);
    }
}
