package org.campo.export.dataset;

import org.campo.export.FileNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Receives the rows of every table of a dataset, in any interleaving, and puts the finished
 * files in place on {@link #commit()}. Closing a sink that was not committed leaves nothing
 * behind. A row is first prepared ({@link #prepare}, on any of the export's threads) and then
 * written ({@link #write}, on one thread, in order), so the costly part of formatting runs on
 * every core.
 */
interface TableSink extends AutoCloseable {
    /** The sink for a format: one CSV file per table, or one workbook named after the form. */
    static TableSink open(DatasetFormat format, Path outputDir, String formId, List<DatasetTable> tables)
            throws IOException {
        return format == DatasetFormat.CSV
                ? new CsvTableSink(outputDir, tables)
                : new XlsxTableSink(FileNames.inside(outputDir, FileNames.safe(formId) + ".xlsx"), tables);
    }

    /** Formats one row of cells for {@link #write}; must be safe to call from several threads. */
    Object prepare(DatasetTable table, List<String> cells);

    /** Writes a row {@link #prepare} returned. */
    void write(DatasetTable table, Object prepared) throws IOException;

    /** Prepares and writes one row. */
    default void row(DatasetTable table, List<String> cells) throws IOException {
        write(table, prepare(table, cells));
    }

    /** Writes the finished files into place and returns them. */
    List<Path> commit() throws IOException;

    @Override
    void close() throws IOException;
}
