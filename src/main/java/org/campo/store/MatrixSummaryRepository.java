package org.campo.store;

import java.util.List;
import org.campo.model.MatrixSummary;

/** The researcher's summaries of triangulation-matrix cells. */
public interface MatrixSummaryRepository {
    /** Adds the summary, or replaces the one with the same id. */
    void put(MatrixSummary summary);

    List<MatrixSummary> all();

    void delete(String id);
}
