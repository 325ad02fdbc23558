package org.campo.export.summary;

import java.util.List;

/**
 * A table of counts with its margins, laid out as one grid so that disclosure control can treat
 * totals like any other cell: {@code cells[r][c]} for the interior, {@code cells[r][columns]} the
 * row totals, {@code cells[rows][c]} the column totals and {@code cells[rows][columns]} the grand
 * total. For multiple-response questions the margins count respondents, not ticks, so a margin
 * may be smaller than the sum of its line ({@link #multipleResponse()}).
 *
 * @param id               stable identifier (sheet names, tests)
 * @param title            caption in the report language
 * @param rowHeader        label of the row variable
 * @param columnHeader     label of the column variable (null for a one-way table)
 * @param rowLabels        category labels of the rows
 * @param columnLabels     category labels of the columns (one "n" column for a one-way table)
 * @param cells            the grid including margins, {@code (rows + 1) x (columns + 1)}
 * @param multipleResponse respondents could choose several row categories
 */
public record CountTable(String id, String title, String rowHeader, String columnHeader, List<String> rowLabels,
                         List<String> columnLabels, long[][] cells, boolean multipleResponse) {
    public CountTable {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        if (cells.length != rowLabels.size() + 1) {
            throw new IllegalArgumentException("expected " + (rowLabels.size() + 1) + " grid rows");
        }
        for (long[] line : cells) {
            if (line.length != columnLabels.size() + 1) {
                throw new IllegalArgumentException("expected " + (columnLabels.size() + 1) + " grid columns");
            }
        }
    }

    /**
     * A table whose margins are the sums of its interior cells.
     *
     * @param interior counts, {@code rows x columns}
     */
    public static CountTable additive(String id, String title, String rowHeader, String columnHeader,
                                      List<String> rowLabels, List<String> columnLabels, long[][] interior) {
        int rows = rowLabels.size();
        int columns = columnLabels.size();
        long[][] grid = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                long v = interior[r][c];
                grid[r][c] = v;
                grid[r][columns] += v;
                grid[rows][c] += v;
                grid[rows][columns] += v;
            }
        }
        return new CountTable(id, title, rowHeader, columnHeader, rowLabels, columnLabels, grid, false);
    }

    public int rows() {
        return rowLabels.size();
    }

    public int columns() {
        return columnLabels.size();
    }

    /** A one-way table: the row total column repeats the only column, so reports leave it out. */
    public boolean oneWay() {
        return columnHeader == null;
    }

    public long cell(int row, int column) {
        return cells[row][column];
    }

    public long grandTotal() {
        return cells[rows()][columns()];
    }
}
