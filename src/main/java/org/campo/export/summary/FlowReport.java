package org.campo.export.summary;

import java.util.List;

/**
 * The flow-count form summarised: per point, a table of people by day and direction broken
 * down by the sex and age-band counters, and the daily entries, exits and net flow.
 */
public record FlowReport(List<PublishedTable> pointTables, List<DailyFlow> days) {
    public FlowReport {
        pointTables = List.copyOf(pointTables);
        days = List.copyOf(days);
    }
}
