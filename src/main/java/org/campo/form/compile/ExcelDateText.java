package org.campo.form.compile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Writes a date-formatted Excel cell the way pyxform reads it: from the stored serial number,
 * not the text Excel displays (which depends on the author's locale and number format). pyxform
 * turns the cell into a Python {@code datetime} or {@code time} (xlrd for .xls, openpyxl for
 * .xlsx) and prints it with {@code str()}: a serial below one day is a time of day
 * ({@code 09:30:00}), anything else a date and time ({@code 2012-12-12 00:00:00}), with
 * microseconds only when the value has a fraction of a second (openpyxl keeps milliseconds,
 * xlrd rounds to whole seconds).
 */
final class ExcelDateText {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private ExcelDateText() {
    }

    /**
     * @param serial the cell's stored number
     * @param date1904 whether the workbook counts days from 1904 (Mac Excel)
     * @param wholeSeconds true for .xls (xlrd rounds to seconds), false for .xlsx (openpyxl keeps milliseconds)
     * @return pyxform's text, or null when the number is not a valid Excel date (negative)
     */
    static String format(double serial, boolean date1904, boolean wholeSeconds) {
        if (serial < 0 || Double.isNaN(serial) || Double.isInfinite(serial)) {
            return null;
        }
        long days = (long) Math.floor(serial);
        double fraction = serial - days;
        long millis = wholeSeconds
                ? Math.round(fraction * 86_400.0) * 1000L
                : new BigDecimal(fraction * MILLIS_PER_DAY).setScale(0, RoundingMode.HALF_EVEN).longValue();
        if (millis >= MILLIS_PER_DAY) {
            days++;
            millis -= MILLIS_PER_DAY;
        }
        LocalTime time = LocalTime.ofNanoOfDay(millis * 1_000_000L);
        if (days == 0) {
            return timeText(time);
        }
        LocalDateTime date = DateUtil.getLocalDateTime((double) days, date1904);
        if (date == null) {
            return null;
        }
        return String.format("%04d-%02d-%02d %s", date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                timeText(time));
    }

    /** Python's {@code str(time)}: {@code HH:MM:SS}, plus {@code .ffffff} only when not whole seconds. */
    private static String timeText(LocalTime t) {
        String s = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        int micros = t.getNano() / 1000;
        return micros == 0 ? s : s + String.format(".%06d", micros);
    }
}
