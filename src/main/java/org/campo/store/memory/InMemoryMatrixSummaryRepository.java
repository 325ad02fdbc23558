package org.campo.store.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campo.model.MatrixSummary;
import org.campo.store.MatrixSummaryRepository;

/** Matrix summaries in memory, for view-model tests. */
public final class InMemoryMatrixSummaryRepository implements MatrixSummaryRepository {
    private final Map<String, MatrixSummary> byId = new LinkedHashMap<>();

    @Override
    public synchronized void put(MatrixSummary summary) {
        byId.put(summary.id(), summary);
    }

    @Override
    public synchronized List<MatrixSummary> all() {
        List<MatrixSummary> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparing(MatrixSummary::updatedAt).thenComparing(MatrixSummary::id));
        return out;
    }

    @Override
    public synchronized void delete(String id) {
        byId.remove(id);
    }
}
