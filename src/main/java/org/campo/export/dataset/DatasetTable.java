package org.campo.export.dataset;

import java.util.List;

/**
 * One table of a dataset: the main table, or one repeat.
 *
 * @param name       file stem / sheet name ("flow", "flow-member")
 * @param repeatPath the repeat's generic path, or null for the main table
 * @param columns    in order
 */
public record DatasetTable(String name, String repeatPath, List<Column> columns) {
    public DatasetTable {
        columns = List.copyOf(columns);
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}
