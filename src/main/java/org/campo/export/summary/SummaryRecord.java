package org.campo.export.summary;

import java.time.LocalDate;
import java.util.Map;

/**
 * One final submission as summaries see it: its top-level values by variable name, plus the
 * submission key, the day it describes and the site it was collected at.
 */
public record SummaryRecord(String key, LocalDate date, String site, Map<String, String> values) {
    public SummaryRecord {
        values = Map.copyOf(values);
    }

    /** The value of a variable, or "" when it was not answered. */
    public String value(String name) {
        String v = values.get(name);
        return v == null ? "" : v.trim();
    }
}
