package org.campo.export.qda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A code's colour in the PDF transcript: its #RRGGBB, or the codes' default blue for anything else. */
class TranscriptPdfColorTest {
    private static final float[] DEFAULT_BLUE = {0x33 / 255f, 0x66 / 255f, 0xCC / 255f};

    @Test
    void aHexColourIsUsed() {
        assertThat(TranscriptPdfWriter.color("#FF8000").getColorValue()).containsExactly(1f, 0x80 / 255f, 0f);
    }

    @Test
    void aMissingEmptyOrUnreadableColourFallsBackToTheDefault() {
        for (String hex : new String[] {null, "", "#", "#zzzzzz", "#red"}) {
            assertThat(TranscriptPdfWriter.color(hex).getColorValue()).as(String.valueOf(hex))
                    .containsExactly(DEFAULT_BLUE);
        }
    }
}
