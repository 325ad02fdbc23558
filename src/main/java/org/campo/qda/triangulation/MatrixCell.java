package org.campo.qda.triangulation;

import java.util.List;
import org.campo.model.Coding;

/**
 * One cell: a theme (with its sub-codes) in one group of cases.
 *
 * @param casesWithTheme cases of the group with at least one segment coded with the theme
 * @param casesInGroup   cases of the group that have a source
 * @param segments       the coded segments, in source order
 */
public record MatrixCell(int casesWithTheme, int casesInGroup, List<Coding> segments) {
    public MatrixCell {
        segments = List.copyOf(segments);
    }

    /** Share of the group's cases that raised the theme, 0..1 (0 for an empty group). */
    public double share() {
        return casesInGroup == 0 ? 0 : (double) casesWithTheme / casesInGroup;
    }

    public int segmentCount() {
        return segments.size();
    }

    public Mark mark() {
        if (casesInGroup == 0) {
            return Mark.EMPTY;
        }
        if (casesWithTheme == 0) {
            return Mark.SILENT;
        }
        return share() >= TriangulationMatrix.CONVERGENCE ? Mark.CONVERGES : Mark.PRESENT;
    }

    /** How a group stands on a theme. */
    public enum Mark {
        /** At least half of the group's cases raised the theme. */
        CONVERGES,
        /** Some, fewer than half, raised it. */
        PRESENT,
        /** No case of the group raised it. */
        SILENT,
        /** The group has no cases with a source. */
        EMPTY
    }
}
