package org.campo.export.qda;

import java.util.ArrayList;
import java.util.List;
import org.campo.export.summary.CountTable;
import org.campo.export.summary.PublishedTable;
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
        List<PublishedTable> blocks = new ArrayList<>();
        for (ParticipantCounts.AttributeCounts a : counts.blocks()) {
            long[][] interior = new long[a.values().size()][1];
            for (int i = 0; i < a.values().size(); i++) {
                interior[i][0] = a.counts().get(i);
            }
            CountTable t = CountTable.additive(a.attribute(), label(a.attribute()), label(a.attribute()), null,
                    a.values(), List.of("n"), interior);
            blocks.add(PublishedTable.of(t, minCell));
        }
        return new ParticipantTable(counts.studyName(), counts.cases(), minCell, blocks);
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
