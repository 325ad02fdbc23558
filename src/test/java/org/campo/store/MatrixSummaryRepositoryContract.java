package org.campo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.campo.model.MatrixSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link MatrixSummaryRepository} must do. */
abstract class MatrixSummaryRepositoryContract {
    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    private MatrixSummaryRepository repo;

    protected abstract MatrixSummaryRepository createRepository();

    /** A code the summaries can point at (a real row where the store checks references). */
    protected String createCode(String id) {
        return id;
    }

    @BeforeEach
    void setUpRepository() {
        repo = createRepository();
    }

    @Test
    void putAddsThenReplacesAndDeleteRemoves() {
        String code = createCode("c1");
        MatrixSummary first = new MatrixSummary("m1", code, "source_group=Migrante\u001fcity=Piura",
                "Resumen 😀 con tildes: señal", "ana", T0);
        repo.put(first);
        repo.put(new MatrixSummary("m2", code, "source_group=Gobierno", "Otro", "ana", T0.plusSeconds(5)));
        assertThat(repo.all()).extracting(MatrixSummary::id).containsExactly("m1", "m2");
        assertThat(repo.all().get(0)).isEqualTo(first);

        MatrixSummary changed = new MatrixSummary("m1", code, first.columnKey(), "Cambiado", "beto", T0.plusSeconds(9));
        repo.put(changed);
        assertThat(repo.all()).extracting(MatrixSummary::id).containsExactly("m2", "m1");
        assertThat(repo.all().get(1)).isEqualTo(changed);

        repo.delete("m2");
        assertThat(repo.all()).containsExactly(changed);
    }
}
