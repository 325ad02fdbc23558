package org.campo.collect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScreeningQuestionTest {

    @Test
    void formLanguagesBecomeCodesWhetherTheyCarryACodeANameOrBoth() {
        assertThat(ScreeningQuestion.languageCode("Español (es)")).isEqualTo("es");
        assertThat(ScreeningQuestion.languageCode("English (en-GB)")).isEqualTo("en");
        assertThat(ScreeningQuestion.languageCode("English")).isEqualTo("en");
        assertThat(ScreeningQuestion.languageCode("french")).isEqualTo("fr");
        assertThat(ScreeningQuestion.languageCode("Français")).isEqualTo("fr");
        assertThat(ScreeningQuestion.languageCode("Espanol")).isEqualTo("es");
        assertThat(ScreeningQuestion.languageCode("Arabic")).isEqualTo("ar");
        assertThat(ScreeningQuestion.languageCode("Farsi")).isEqualTo("fa");
        assertThat(ScreeningQuestion.languageCode("pt-BR")).isEqualTo("pt");
        assertThat(ScreeningQuestion.languageCode("default")).isEqualTo("und");
        assertThat(ScreeningQuestion.languageCode(null)).isEqualTo("und");
    }

    @Test
    void aNameThatIsNoLanguageComesBackUnchanged() {
        assertThat(ScreeningQuestion.languageCode("Lingo42")).isEqualTo("Lingo42");
    }
}
