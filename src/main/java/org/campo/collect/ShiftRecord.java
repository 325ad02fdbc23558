package org.campo.collect;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One shift worked at a point, as the audit trail records it: who, when it started and ended
 * ({@code ended} is null while it is open), and how many submissions that member started at
 * that point during it.
 */
public record ShiftRecord(String member, String siteCode, LocalDate date, String shift, Instant started,
                          Instant ended, long submissions) {
    public boolean open() {
        return ended == null;
    }
}
