package org.campo.export.qda;

import java.util.ArrayList;
import java.util.List;
import org.campo.export.summary.CountTable;
import org.campo.export.summary.PublishedTable;
import org.campo.qda.AttributeDisplay;
import org.campo.qda.triangulation.ParticipantCounts;

/**
 * A participant table ready to publish: one count table per attribute (gender identity and
 * sexual orientation stay separate blocks), each suppressed with the summary tables' rule
 * (cells below the threshold and their complements), so a small group cannot be singled out.
 */
public record ParticipantTable(String studyName, int cases, int minCell, List<PublishedTable> blocks) {
    /** What suppressed cells read, as in the summary tables. */
    public static final String MARK = "s";

    public static ParticipantTable of(ParticipantCounts counts, int minCell) {
        return of(counts, minCell, AttributeDisplay.STORED);
    }

    /** The table with each block titled and each row named as the display reads them. */
    public static ParticipantTable of(ParticipantCounts counts, int minCell, AttributeDisplay display) {
        List<PublishedTable> blocks = new ArrayList<>();
        for (ParticipantCounts.AttributeCounts a : counts.blocks()) {
            long[][] interior = new long[a.values().size()][1];
            for (int i = 0; i < a.values().size(); i++) {
                interior[i][0] = a.counts().get(i);
            }
            String title = label(a.attribute(), display);
            List<String> rows = a.values().stream().map(v -> display.value(a.attribute(), v)).toList();
            CountTable t = CountTable.additive(a.attribute(), title, title, null, rows, List.of("n"), interior);
            blocks.add(PublishedTable.of(t, minCell));
        }
        return new ParticipantTable(counts.studyName(), counts.cases(), minCell, blocks);
    }

    /** The attribute's title, or {@code gender_identity} as "Gender identity" when the display has none. */
    static String label(String attribute, AttributeDisplay display) {
        String name = display.name(attribute);
        return name.equals(attribute) ? label(attribute) : name;
    }

    /** {@code gender_identity} reads "Gender identity". */
    static String label(String attribute) {
        String s = attribute.replace('_', ' ').trim();
        return s.isEmpty() ? attribute : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public boolean anyHidden() {
        return blocks.stream().anyMatch(PublishedTable::anyHidden);
    }
}
