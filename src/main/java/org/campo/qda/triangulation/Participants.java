package org.campo.qda.triangulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campo.qda.CaseRecord;
import org.campo.qda.QdaSnapshot;

/**
 * Counts cases by attributes for a participant table (Table 1 of a report). Sensitive attributes
 * are counted only when the coordinator opts in; the exporter suppresses small cells.
 */
public final class Participants {

    public ParticipantCounts count(QdaSnapshot snapshot, List<String> attributes, boolean includeSensitive) {
        if (attributes.isEmpty()) {
            throw new org.campo.common.CampoException("qda.matrix.attributes");
        }
        List<ParticipantCounts.AttributeCounts> blocks = new ArrayList<>();
        for (String attribute : attributes) {
            Triangulation.checkAttribute(snapshot, attribute, includeSensitive);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (CaseRecord c : snapshot.cases()) {
                String v = c.attributes().get(attribute);
                counts.merge(v == null || v.isBlank() ? Triangulation.NO_VALUE : v.trim(), 1L, Long::sum);
            }
            blocks.add(new ParticipantCounts.AttributeCounts(attribute, new ArrayList<>(counts.keySet()),
                    new ArrayList<>(counts.values())));
        }
        return new ParticipantCounts(snapshot.studyName(), snapshot.cases().size(), blocks);
    }
}
