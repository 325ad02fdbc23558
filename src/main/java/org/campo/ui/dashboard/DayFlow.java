package org.campo.ui.dashboard;

import java.time.LocalDate;
import org.campo.export.summary.DailyFlow;

/**
 * People entering and leaving at one point on one day, as the dashboard charts it; a null
 * count is suppressed (and net is suppressed whenever either direction is).
 */
public record DayFlow(LocalDate date, Long entries, Long exits, Long net) {

    static DayFlow of(DailyFlow day) {
        return new DayFlow(day.date(), day.entriesHidden() ? null : day.entries(),
                day.exitsHidden() ? null : day.exits(), day.netHidden() ? null : day.net());
    }

    public boolean anySuppressed() {
        return entries == null || exits == null || net == null;
    }
}
