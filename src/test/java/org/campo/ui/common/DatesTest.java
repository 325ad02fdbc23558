package org.campo.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static final Locale ES = Locale.forLanguageTag("es");

    @Test
    void spanishDatesAreDayFirstWithFourDigitYears() {
        assertThat(Dates.pattern(ES)).isEqualTo("dd/MM/yyyy");
        assertThat(Dates.format(LocalDate.of(2026, 3, 5), ES)).isEqualTo("05/03/2026");
        assertThat(Dates.parse("05/03/2026", ES)).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(Dates.parse("5/3/26", ES)).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(Dates.parse("5-3-2026", ES)).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void englishDatesAreMonthFirst() {
        assertThat(Dates.pattern(Locale.ENGLISH)).isEqualTo("MM/dd/yyyy");
        assertThat(Dates.parse("03/05/2026", Locale.ENGLISH)).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(Dates.format(LocalDate.of(2026, 3, 5), Locale.ENGLISH)).isEqualTo("03/05/2026");
    }

    @Test
    void isoIsReadInEveryLanguageAndNonsenseIsNotADate() {
        assertThat(Dates.parse("2026-03-05", ES)).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(Dates.parse("31/02/2026", ES)).isNull();
        assertThat(Dates.parse("ayer", ES)).isNull();
        assertThat(Dates.parse("  ", ES)).isNull();
    }
}
