package org.campo.export.summary;

/**
 * Small-cell suppression with complementary suppression, so that a published table never shows
 * a count of fewer than {@code minCell} people and no hidden count can be worked out again from
 * the totals by subtraction.
 *
 * <p>The grid is treated as a set of lines: every row and every column, the totals row and the
 * totals column included, since each states that its cells add up to its margin. A suppressed
 * cell joins the node of its row line to the node of its column line; seen like that, a hidden
 * value is recoverable exactly when its edge is a bridge (removing it disconnects the graph), the
 * simplest case being a line with a single hidden cell. Every hidden cell that lies on a cycle
 * of hidden non-zero cells can be moved by one up or down around the cycle while every published
 * sum stays the same, so at least two tables are consistent with what is shown.
 *
 * <ol>
 *   <li>Primary: every cell, margins included, with {@code 0 < n < minCell}.</li>
 *   <li>Complementary, repeated until nothing changes: a line with exactly one hidden cell hides
 *       its smallest other non-zero cell (interior cells before the margin); a hidden cell that is
 *       still a bridge gets a partner that closes a cycle through it.</li>
 * </ol>
 * Zero cells are shown (they are not people) and are only chosen as a last resort.
 */
public final class DisclosureControl {
    private DisclosureControl() {
    }

    /** Which cells of {@code table}'s grid must not be shown. */
    public static boolean[][] suppress(CountTable table, int minCell) {
        return suppress(table.cells(), minCell);
    }

    /** Which cells of a grid with margins (last row and column) must not be shown. */
    public static boolean[][] suppress(long[][] grid, int minCell) {
        int rows = grid.length;
        int columns = grid[0].length;
        boolean[][] hidden = new boolean[rows][columns];
        boolean any = false;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (grid[r][c] > 0 && grid[r][c] < minCell) {
                    hidden[r][c] = true;
                    any = true;
                }
            }
        }
        if (!any) {
            return hidden;
        }
        boolean changed = true;
        while (changed) {
            changed = protectLines(grid, hidden);
            if (!changed) {
                changed = new SuppressionGraph(hidden).closeOneBridge(grid, hidden);
            }
        }
        return hidden;
    }

    /** For each line with exactly one hidden cell, hides a partner; true if anything changed. */
    private static boolean protectLines(long[][] grid, boolean[][] hidden) {
        int rows = grid.length;
        int columns = grid[0].length;
        boolean changed = false;
        for (int r = 0; r < rows; r++) {
            int count = 0;
            for (int c = 0; c < columns; c++) {
                count += hidden[r][c] ? 1 : 0;
            }
            if (count == 1) {
                int best = -1;
                for (int c = 0; c < columns; c++) {
                    if (!hidden[r][c] && better(grid[r][c], c == columns - 1, best < 0 ? -1 : grid[r][best],
                            best == columns - 1)) {
                        best = c;
                    }
                }
                hidden[r][best] = true;
                changed = true;
            }
        }
        for (int c = 0; c < columns; c++) {
            int count = 0;
            for (int r = 0; r < rows; r++) {
                count += hidden[r][c] ? 1 : 0;
            }
            if (count == 1) {
                int best = -1;
                for (int r = 0; r < rows; r++) {
                    if (!hidden[r][c] && better(grid[r][c], r == rows - 1, best < 0 ? -1 : grid[best][c],
                            best == rows - 1)) {
                        best = r;
                    }
                }
                hidden[best][c] = true;
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Whether a candidate partner beats the best so far: non-zero before zero, interior before
     * margin (a hidden total costs readers more), then the smaller count.
     */
    static boolean better(long value, boolean margin, long bestValue, boolean bestMargin) {
        if (bestValue < 0) {
            return true;
        }
        int rank = (value == 0 ? 2 : 0) + (margin ? 1 : 0);
        int bestRank = (bestValue == 0 ? 2 : 0) + (bestMargin ? 1 : 0);
        if (rank != bestRank) {
            return rank < bestRank;
        }
        return value < bestValue;
    }
}
