package org.campo.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as stored in columns that SQL sorts or compares. {@link Instant#toString()} drops
 * trailing zero fractions ({@code 12:00:01Z} but {@code 12:00:01.500Z}), and its text does not
 * sort in time order; this form always has nine fraction digits, so text order is time order.
 * {@link Instant#parse} reads both forms.
 */
final class Timestamps {
    private static final DateTimeFormatter FIXED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    static String format(Instant instant) {
        return FIXED.format(instant);
    }
}
