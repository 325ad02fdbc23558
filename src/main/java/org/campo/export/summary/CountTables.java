package org.campo.export.summary;

import java.util.List;
import java.util.Set;

/**
 * Counts records into one-way frequency tables and cross-tabulations. Pure: records in, tables
 * out. Unanswered records are left out of a table (its total is the number who answered).
 *
 * <p>Select-multiple questions count respondents, not ticks: each row is the number who chose
 * that option, and the total is the number who answered the question at all, so percentages are
 * of respondents and may add up to more than 100.
 */
public final class CountTables {
    private CountTables() {
    }

    public static CountTable frequency(CategoricalVariable v, List<SummaryRecord> records, String nLabel) {
        int rows = v.values().size();
        long[][] grid = new long[rows + 1][2];
        for (SummaryRecord r : records) {
            Set<String> chosen = v.categoriesOf(r);
            if (chosen.isEmpty()) {
                continue;
            }
            for (String value : chosen) {
                int i = v.values().indexOf(value);
                grid[i][0]++;
                grid[i][1]++;
            }
            grid[rows][0]++;
            grid[rows][1]++;
        }
        return new CountTable(v.name(), v.label(), v.label(), null, v.labels(), List.of(nLabel), grid, v.multiple());
    }

    /** Rows by {@code row}'s categories, columns by {@code by}'s; {@code by} must be single-choice. */
    public static CountTable crossTab(CategoricalVariable row, CategoricalVariable by, List<SummaryRecord> records,
                                      String title) {
        if (by.multiple()) {
            throw new IllegalArgumentException("a select-multiple question cannot be a column variable: " + by.name());
        }
        int rows = row.values().size();
        int columns = by.values().size();
        long[][] grid = new long[rows + 1][columns + 1];
        for (SummaryRecord r : records) {
            Set<String> chosen = row.categoriesOf(r);
            Set<String> column = by.categoriesOf(r);
            if (chosen.isEmpty() || column.isEmpty()) {
                continue;
            }
            int c = by.values().indexOf(column.iterator().next());
            for (String value : chosen) {
                int i = row.values().indexOf(value);
                grid[i][c]++;
                grid[i][columns]++;
            }
            grid[rows][c]++;
            grid[rows][columns]++;
        }
        return new CountTable(row.name() + "_by_" + by.name(), title, row.label(), by.label(), row.labels(),
                by.labels(), grid, row.multiple());
    }
}
