package org.campo.export.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Proves that suppressed cells cannot be recovered: for crafted and random tables, every hidden
 * cell has a second consistent table ({@link DisclosureCheck}), no line (totals included) hides
 * exactly one cell, and no small count is shown.
 */
class DisclosureControlTest {
    private static final int MIN = 5;

    @Test
    void aSingleSmallCellTakesPartnersInItsRowColumnAndTotals() {
        long[][] grid = grid(new long[][] {{20, 3, 12}, {15, 9, 30}, {8, 11, 25}});
        boolean[][] hidden = DisclosureControl.suppress(grid, MIN);

        assertThat(hidden[0][1]).isTrue();
        assertThat(count(hidden)).isGreaterThanOrEqualTo(4);
        assertSafe(grid, hidden);
    }

    @Test
    void smallMarginsAreHiddenAndProtectedToo() {
        long[][] grid = grid(new long[][] {{1, 2, 0}, {15, 9, 30}, {8, 11, 25}});
        boolean[][] hidden = DisclosureControl.suppress(grid, MIN);

        assertThat(hidden[0][3]).as("row total 3").isTrue();
        assertSafe(grid, hidden);
    }

    @Test
    void twoProtectedBlocksJoinedByOneCellGetAnExtraPartnerSoTheJoinIsNotDerivable() {
        long[][] grid = grid(new long[][] {
                {3, 4, 20, 20, 20},
                {2, 1, 3, 20, 20},
                {20, 20, 4, 2, 20},
                {20, 20, 1, 3, 20},
                {20, 20, 20, 20, 20}});
        boolean[][] hidden = DisclosureControl.suppress(grid, MIN);

        assertSafe(grid, hidden);
    }

    @Test
    void aOneWayFrequencyTableHidesASecondCategory() {
        CountTable t = CountTable.additive("q", "q", "q", null, List.of("a", "b", "c", "d"), List.of("n"),
                new long[][] {{40}, {3}, {12}, {25}});
        boolean[][] hidden = DisclosureControl.suppress(t, MIN);

        assertThat(hidden[1][0]).isTrue();
        assertThat(hidden[2][0]).as("next smallest").isTrue();
        assertThat(hidden[4][0]).as("total stays").isFalse();
        assertSafe(t.cells(), hidden);
    }

    @Test
    void tablesWithoutSmallCellsAreUntouched() {
        long[][] grid = grid(new long[][] {{20, 0, 12}, {15, 9, 30}});
        assertThat(count(DisclosureControl.suppress(grid, MIN))).isZero();
    }

    @Test
    void theCheckCatchesADerivableCellSoItsSilenceMeansSomething() {
        long[][] grid = grid(new long[][] {{20, 3, 12}, {15, 9, 30}, {8, 11, 25}});
        boolean[][] primaryOnly = new boolean[4][4];
        primaryOnly[0][1] = true;

        assertThat(new DisclosureCheck(grid, primaryOnly).derivableCells()).hasSize(1);

        boolean[][] rectangleWithZero = new boolean[4][4];
        long[][] zeros = grid(new long[][] {{3, 0, 12}, {0, 0, 30}, {8, 11, 25}});
        rectangleWithZero[0][0] = rectangleWithZero[0][1] = rectangleWithZero[1][0] = rectangleWithZero[1][1] = true;
        assertThat(new DisclosureCheck(zeros, rectangleWithZero).derivableCells())
                .as("3 beside three hidden zeros cannot move").isNotEmpty();
    }

    @Test
    void randomTablesNeverRevealASuppressedCell() {
        Random random = new Random(20_240_601L);
        for (int round = 0; round < 400; round++) {
            int rows = 1 + random.nextInt(4);
            int columns = 1 + random.nextInt(4);
            long[][] interior = new long[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    interior[r][c] = random.nextInt(10) < 2 ? 0 : random.nextInt(random.nextBoolean() ? 6 : 25);
                }
            }
            long[][] grid = grid(interior);
            boolean[][] hidden = DisclosureControl.suppress(grid, MIN);
            assertSafe(grid, hidden);
        }
    }

    private static void assertSafe(long[][] grid, boolean[][] hidden) {
        String shown = render(grid, hidden);
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[0].length; c++) {
                if (grid[r][c] > 0 && grid[r][c] < MIN) {
                    assertThat(hidden[r][c]).as("small cell shown in\n" + shown).isTrue();
                }
            }
        }
        for (int r = 0; r < grid.length; r++) {
            int n = 0;
            for (int c = 0; c < grid[0].length; c++) {
                n += hidden[r][c] ? 1 : 0;
            }
            assertThat(n).as("row " + r + " hides exactly one cell in\n" + shown).isNotEqualTo(1);
        }
        for (int c = 0; c < grid[0].length; c++) {
            int n = 0;
            for (int r = 0; r < grid.length; r++) {
                n += hidden[r][c] ? 1 : 0;
            }
            assertThat(n).as("column " + c + " hides exactly one cell in\n" + shown).isNotEqualTo(1);
        }
        List<int[]> derivable = new DisclosureCheck(grid, hidden).derivableCells();
        assertThat(derivable).as("derivable cells in\n" + shown).isEmpty();
    }

    /** Adds margins to an interior. */
    static long[][] grid(long[][] interior) {
        CountTable t = CountTable.additive("t", "t", "r", "c",
                java.util.Collections.nCopies(interior.length, "r"),
                java.util.Collections.nCopies(interior[0].length, "c"), interior);
        return t.cells();
    }

    private static int count(boolean[][] hidden) {
        int n = 0;
        for (boolean[] line : hidden) {
            for (boolean h : line) {
                n += h ? 1 : 0;
            }
        }
        return n;
    }

    private static String render(long[][] grid, boolean[][] hidden) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[0].length; c++) {
                sb.append(String.format("%6s", hidden[r][c] ? "(" + grid[r][c] + ")" : grid[r][c]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
