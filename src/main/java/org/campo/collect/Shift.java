package org.campo.collect;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An enumerator's shift at a flow monitoring point. While a shift is open, new counts and
 * surveys start with its point, date and shift already answered: at a busy border post the
 * enumerator should not type the same three answers for every group.
 *
 * @param siteCode the point, e.g. {@code CEBAF-TUMBES}
 * @param date     the day
 * @param shift    the shift code used by the forms' {@code shift} list (morning, afternoon, night)
 */
public record Shift(String siteCode, LocalDate date, String shift) {
    public Shift {
        Objects.requireNonNull(siteCode, "siteCode");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(shift, "shift");
    }

    String encode() {
        return siteCode + "|" + date + "|" + shift;
    }

    static Shift decode(String text) {
        String[] p = text.split("\\|", 3);
        return new Shift(p[0], LocalDate.parse(p[1]), p[2]);
    }
}
