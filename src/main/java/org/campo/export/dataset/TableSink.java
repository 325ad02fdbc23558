package org.campo.export.dataset;

import java.io.IOException;
import java.util.List;

/** Receives the rows of every table of a dataset, in any interleaving. */
interface TableSink extends AutoCloseable {
    void row(DatasetTable table, List<String> cells) throws IOException;

    @Override
    void close() throws IOException;
}
