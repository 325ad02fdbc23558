package org.campo.export.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * Plays the attacker against a published grid: the shown cells and the facts that every row
 * and column (totals included) adds up and that counts are whole numbers between zero and the
 * grand total. A hidden cell is safe when at least two complete tables agree with everything
 * published but differ in that cell; this searches for such a second table.
 */
final class DisclosureCheck {
    private final long[][] grid;
    private final boolean[][] hidden;
    private final int rows;
    private final int columns;
    private final long bound;
    private final List<int[]> unknowns = new ArrayList<>();

    DisclosureCheck(long[][] grid, boolean[][] hidden) {
        this.grid = grid;
        this.hidden = hidden;
        this.rows = grid.length;
        this.columns = grid[0].length;
        this.bound = grid[rows - 1][columns - 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (hidden[r][c]) {
                    unknowns.add(new int[] {r, c});
                }
            }
        }
    }

    /** Hidden cells for which no second consistent table exists: derivable, hence disclosed. */
    List<int[]> derivableCells() {
        List<int[]> derivable = new ArrayList<>();
        for (int i = 0; i < unknowns.size(); i++) {
            if (alternative(i) == null) {
                derivable.add(unknowns.get(i));
            }
        }
        return derivable;
    }

    /** A complete table consistent with the publication whose cell {@code i} differs from the truth, or null. */
    long[][] alternative(int i) {
        int[] target = unknowns.get(i);
        long truth = grid[target[0]][target[1]];
        for (long delta = 1; delta <= bound; delta++) {
            for (long candidate : new long[] {truth - delta, truth + delta}) {
                if (candidate < 0 || candidate > bound) {
                    continue;
                }
                Long[][] values = published();
                values[target[0]][target[1]] = candidate;
                long[][] solution = solve(values);
                if (solution != null) {
                    return solution;
                }
            }
        }
        return null;
    }

    private Long[][] published() {
        Long[][] values = new Long[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                values[r][c] = hidden[r][c] ? null : grid[r][c];
            }
        }
        return values;
    }

    /** Backtracking with propagation: a line with one unknown left determines it. */
    private long[][] solve(Long[][] values) {
        if (!propagate(values)) {
            return null;
        }
        int[] free = null;
        for (int[] u : unknowns) {
            if (values[u[0]][u[1]] == null) {
                free = u;
                break;
            }
        }
        if (free == null) {
            long[][] out = new long[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    out[r][c] = values[r][c];
                }
            }
            return out;
        }
        long truth = grid[free[0]][free[1]];
        for (long delta = 0; delta <= bound; delta++) {
            for (long v : delta == 0 ? new long[] {truth} : new long[] {truth - delta, truth + delta}) {
                if (v < 0 || v > bound) {
                    continue;
                }
                Long[][] copy = copy(values);
                copy[free[0]][free[1]] = v;
                long[][] solution = solve(copy);
                if (solution != null) {
                    return solution;
                }
            }
        }
        return null;
    }

    private boolean propagate(Long[][] values) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int line = 0; line < rows + columns; line++) {
                int missing = 0;
                int[] last = null;
                long sum = 0;
                int n = line < rows ? columns : rows;
                for (int k = 0; k < n; k++) {
                    int r = line < rows ? line : k;
                    int c = line < rows ? k : line - rows;
                    boolean margin = line < rows ? k == columns - 1 : k == rows - 1;
                    if (values[r][c] == null) {
                        missing++;
                        last = new int[] {r, c, margin ? 1 : 0};
                    } else {
                        sum += margin ? -values[r][c] : values[r][c];
                    }
                }
                if (missing == 0 && sum != 0) {
                    return false;
                }
                boolean marginKnown = line < rows ? values[line][columns - 1] != null : values[rows - 1][line - rows] != null;
                if (missing > 1 && marginKnown && (-sum < 0 || -sum > missing * bound)) {
                    return false;
                }
                if (missing == 1) {
                    long v = last[2] == 1 ? sum : -sum;
                    if (v < 0 || v > bound) {
                        return false;
                    }
                    values[last[0]][last[1]] = v;
                    changed = true;
                }
            }
        }
        return true;
    }

    private static Long[][] copy(Long[][] values) {
        Long[][] out = new Long[values.length][];
        for (int r = 0; r < values.length; r++) {
            out[r] = values[r].clone();
        }
        return out;
    }
}
