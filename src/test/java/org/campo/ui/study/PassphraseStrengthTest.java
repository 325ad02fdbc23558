package org.campo.ui.study;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassphraseStrengthTest {

    @Test
    void longerAndMoreVariedPassphrasesRateHigher() {
        assertThat(PassphraseStrength.of("")).isEqualTo(PassphraseStrength.TOO_SHORT);
        assertThat(PassphraseStrength.of("abcdefg")).isEqualTo(PassphraseStrength.TOO_SHORT);
        assertThat(PassphraseStrength.of("abcdefgh")).isEqualTo(PassphraseStrength.WEAK);
        assertThat(PassphraseStrength.of("abcdefghijkl")).isEqualTo(PassphraseStrength.FAIR);
        assertThat(PassphraseStrength.of("Abcdef12")).isEqualTo(PassphraseStrength.FAIR);
        assertThat(PassphraseStrength.of("river stone lantern")).isEqualTo(PassphraseStrength.STRONG);
    }

    @Test
    void everyLevelHasASentence() {
        for (PassphraseStrength s : PassphraseStrength.values()) {
            assertThat(org.campo.common.Messages.has(s.messageKey())).as(s.messageKey()).isTrue();
        }
    }
}
