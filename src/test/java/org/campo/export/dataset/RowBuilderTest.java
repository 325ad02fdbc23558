package org.campo.export.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 0/1 columns of a select_multiple: a choice is selected when it is one of the answer's values. */
class RowBuilderTest {
    @Test
    void choiceIsSelectedOnlyAsAWholeValue() {
        assertThat(RowBuilder.selected("bus walk", "walk")).isTrue();
        assertThat(RowBuilder.selected("  bus\twalk\n", "bus")).isTrue();
        assertThat(RowBuilder.selected("bus walking", "walk")).isFalse();
        assertThat(RowBuilder.selected("minibus", "bus")).isFalse();
        assertThat(RowBuilder.selected("   ", "bus")).isFalse();
    }
}
