package org.campo.export.summary;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The hidden cells of a grid as a graph: one node per row line and per column line, one edge per
 * hidden cell. A hidden cell whose edge is a bridge can be recovered by adding up the published
 * lines on one side of it, so {@link DisclosureControl} keeps going until there is none.
 */
final class SuppressionGraph {
    private final boolean[][] hidden;
    private final int rows;
    private final int columns;

    SuppressionGraph(boolean[][] hidden) {
        this.hidden = hidden;
        this.rows = hidden.length;
        this.columns = hidden[0].length;
    }

    /** Whether the hidden cell at (row, column) could be worked out from the published sums. */
    boolean isBridge(int row, int column) {
        boolean[] reach = reachableWithout(row, column);
        return !reach[rows + column];
    }

    /**
     * Finds one hidden cell that is a bridge and hides the cheapest cell that closes a cycle
     * through it.
     *
     * @return true if a cell was hidden
     */
    boolean closeOneBridge(long[][] grid, boolean[][] target) {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (!hidden[r][c]) {
                    continue;
                }
                boolean[] sideOfRow = reachableWithout(r, c);
                if (sideOfRow[rows + c]) {
                    continue;
                }
                boolean[] sideOfColumn = reachableFrom(rows + c, r, c);
                int bestRow = -1;
                int bestColumn = -1;
                for (int rr = 0; rr < rows; rr++) {
                    for (int cc = 0; cc < columns; cc++) {
                        boolean crosses = sideOfRow[rr] && sideOfColumn[rows + cc]
                                || sideOfColumn[rr] && sideOfRow[rows + cc];
                        if (crosses && !hidden[rr][cc] && DisclosureControl.better(grid[rr][cc],
                                rr == rows - 1 || cc == columns - 1,
                                bestRow < 0 ? -1 : grid[bestRow][bestColumn],
                                bestRow == rows - 1 || bestColumn == columns - 1)) {
                            bestRow = rr;
                            bestColumn = cc;
                        }
                    }
                }
                if (bestRow >= 0) {
                    target[bestRow][bestColumn] = true;
                    return true;
                }
            }
        }
        return false;
    }

    private boolean[] reachableWithout(int row, int column) {
        return reachableFrom(row, row, column);
    }

    /** Nodes reachable from {@code start} over hidden cells other than (skipRow, skipColumn). */
    private boolean[] reachableFrom(int start, int skipRow, int skipColumn) {
        boolean[] seen = new boolean[rows + columns];
        Deque<Integer> queue = new ArrayDeque<>();
        seen[start] = true;
        queue.add(start);
        while (!queue.isEmpty()) {
            int node = queue.poll();
            if (node < rows) {
                for (int c = 0; c < columns; c++) {
                    visit(node, c, rows + c, skipRow, skipColumn, seen, queue);
                }
            } else {
                int c = node - rows;
                for (int r = 0; r < rows; r++) {
                    visit(r, c, r, skipRow, skipColumn, seen, queue);
                }
            }
        }
        return seen;
    }

    private void visit(int r, int c, int next, int skipRow, int skipColumn, boolean[] seen, Deque<Integer> queue) {
        if (hidden[r][c] && !(r == skipRow && c == skipColumn) && !seen[next]) {
            seen[next] = true;
            queue.add(next);
        }
    }
}
