package org.campo.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * The fieldwork period of the demo: four fixed weeks in Peru's time zone. Fixed rather than
 * "the last four weeks" so that a demo or benchmark rebuilt later holds identical data, and in
 * the past so that the forms' "not later than today" constraints always hold.
 */
final class DemoCalendar {
    static final ZoneOffset PERU = ZoneOffset.ofHours(-5);
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 5, 6);
    static final int DAYS = 28;

    private static final DateTimeFormatter XFORM_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");

    private DemoCalendar() {
    }

    static LocalDate day(int index) {
        return FIRST_DAY.plusDays(index);
    }

    static LocalDate randomDay(Random random) {
        return day(random.nextInt(DAYS));
    }

    /** A moment on {@code day} between {@code fromHour} and {@code toHour} (exclusive), Peru time. */
    static OffsetDateTime at(LocalDate day, int fromHour, int toHour, Random random) {
        int minutes = fromHour * 60 + random.nextInt(Math.max(1, (toHour - fromHour) * 60));
        LocalDateTime local = day.atStartOfDay().plusMinutes(minutes).plusSeconds(random.nextInt(60));
        return local.atOffset(PERU);
    }

    /** The way ODK writes {@code start} and {@code end}: milliseconds and the offset. */
    static String xform(OffsetDateTime t) {
        return XFORM_DATETIME.format(t);
    }
}
