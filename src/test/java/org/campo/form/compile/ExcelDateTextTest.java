package org.campo.form.compile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Date cells are written from their stored value the way pyxform prints Python dates. */
class ExcelDateTextTest {

    @Test
    void dateCellIsPythonDatetimeText() {
        // 41255 = 2012-12-12 in the 1900 date system
        assertThat(ExcelDateText.format(41255.0, false, true)).isEqualTo("2012-12-12 00:00:00");
    }

    @Test
    void serialBelowOneDayIsTimeOfDay() {
        assertThat(ExcelDateText.format(9.5 / 24, false, true)).isEqualTo("09:30:00");
    }

    @Test
    void xlsxKeepsFractionsOfASecondButXlsRoundsThem() {
        double serial = 41255.0 + (3_600.0 + 0.25) / 86_400.0;
        assertThat(ExcelDateText.format(serial, false, false)).isEqualTo("2012-12-12 01:00:00.250000");
        assertThat(ExcelDateText.format(serial, false, true)).isEqualTo("2012-12-12 01:00:00");
    }

    @Test
    void workbooksCountingFrom1904AreShifted() {
        assertThat(ExcelDateText.format(39793.0, true, true)).isEqualTo("2012-12-12 00:00:00");
    }
}
