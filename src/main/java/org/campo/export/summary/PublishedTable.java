package org.campo.export.summary;

/**
 * A count table together with the cells that must not be shown; writers only ever print a
 * cell through {@link #shows(int, int)}.
 */
public record PublishedTable(CountTable table, boolean[][] hidden) {

    public static PublishedTable of(CountTable table, int minCell) {
        return new PublishedTable(table, DisclosureControl.suppress(table, minCell));
    }

    public boolean shows(int row, int column) {
        return !hidden[row][column];
    }

    public boolean anyHidden() {
        for (boolean[] line : hidden) {
            for (boolean h : line) {
                if (h) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Percentages of a column are shown only when its total is, or they would reveal it. */
    public boolean showsPercentages(int column) {
        return shows(table.rows(), column) && table.cell(table.rows(), column) > 0;
    }
}
