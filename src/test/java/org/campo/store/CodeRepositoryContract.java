package org.campo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.campo.model.Code;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CodeRepository} must do. */
abstract class CodeRepositoryContract {
    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    private CodeRepository repo;

    protected abstract CodeRepository createRepository();

    @BeforeEach
    void setUpRepository() {
        repo = createRepository();
    }

    static Code code(String id, String parent, String name, int second) {
        return new Code(id, parent, name, "Definición de " + name, null, "", "ejemplo: \"cita\"", "#1f77b4", true,
                T0.plusSeconds(second));
    }

    @Test
    void everyFieldRoundTripsNullAndEmptyKeptApart() {
        Code c = code("c1", null, "Acceso a salud", 0);
        repo.add(c);

        assertThat(repo.findById("c1")).contains(c);
        assertThat(repo.findById("c1").orElseThrow().inclusion()).isNull();
        assertThat(repo.findById("c1").orElseThrow().exclusion()).isEmpty();
    }

    @Test
    void allListsParentsBeforeChildrenSiblingsByCreation() {
        repo.add(code("b", null, "Barreras", 0));
        repo.add(code("d", null, "Discriminación", 1));
        repo.add(code("b2", "b", "Salud", 2));
        repo.add(code("b1", "b", "Documentación", 3));
        repo.add(code("b11", "b1", "CPP", 4));

        assertThat(repo.all()).extracting(Code::id).containsExactly("b", "b2", "b1", "b11", "d");
    }

    @Test
    void updateMovesAndRenames() {
        repo.add(code("b", null, "Barreras", 0));
        repo.add(code("s", null, "Salud", 1));
        repo.update(new Code("s", "b", "Acceso a salud", "def", "inc", "exc", "ej", "#ff0000", false, T0));

        Code s = repo.findById("s").orElseThrow();
        assertThat(s.parentId()).isEqualTo("b");
        assertThat(s.name()).isEqualTo("Acceso a salud");
        assertThat(s.color()).isEqualTo("#ff0000");
        assertThat(s.codable()).isFalse();
        assertThat(s.createdAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void deletedCodeIsGone() {
        repo.add(code("b", null, "Barreras", 0));
        repo.delete("b");

        assertThat(repo.all()).isEmpty();
    }
}
