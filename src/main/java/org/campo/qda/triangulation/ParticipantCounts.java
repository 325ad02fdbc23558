package org.campo.qda.triangulation;

import java.util.List;

/**
 * Cases counted by attributes, one block per attribute (gender identity and sexual orientation
 * are separate blocks, never combined), before any suppression.
 *
 * @param cases the number of cases counted
 */
public record ParticipantCounts(String studyName, int cases, List<AttributeCounts> blocks) {
    public ParticipantCounts {
        blocks = List.copyOf(blocks);
    }

    /** One attribute: its values in order of first appearance, with the number of cases of each. */
    public record AttributeCounts(String attribute, List<String> values, List<Long> counts) {
        public AttributeCounts {
            values = List.copyOf(values);
            counts = List.copyOf(counts);
        }
    }
}
