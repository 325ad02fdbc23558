package org.campo.export.summary;

import java.time.LocalDate;

/**
 * People counted entering and leaving at one point on one day. A total hidden by disclosure
 * control hides the net flow as well, since net and the other direction would give it back.
 */
public record DailyFlow(LocalDate date, String point, String pointLabel, long entries, long exits,
                        boolean entriesHidden, boolean exitsHidden) {
    /** Entries minus exits. */
    public long net() {
        return entries - exits;
    }

    public boolean netHidden() {
        return entriesHidden || exitsHidden;
    }
}
