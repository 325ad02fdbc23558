package org.campo.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cross-by list keeps long question texts short enough to fit a 1366-pixel screen. */
class CrossByLabelsTest {

    @Test
    void aLongQuestionIsCutAtAWordWithAnEllipsisAndAShortOneIsKept() {
        String question = "What was your main occupation before leaving your country of origin?";
        String shown = CrossByLabels.shorten(question, CrossByLabels.MAX_CHARS);

        assertThat(shown).hasSizeLessThanOrEqualTo(CrossByLabels.MAX_CHARS).endsWith("…")
                .isEqualTo("What was your main occupation before leaving…");
        assertThat(CrossByLabels.shorten("Nationality", CrossByLabels.MAX_CHARS)).isEqualTo("Nationality");
        assertThat(CrossByLabels.shorten("  Sex   assigned\nat birth ", 40)).isEqualTo("Sex assigned at birth");
        assertThat(CrossByLabels.shorten("x".repeat(60), 20)).isEqualTo("x".repeat(19) + "…");
    }
}
