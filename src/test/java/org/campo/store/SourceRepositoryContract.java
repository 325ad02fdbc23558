package org.campo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.campo.model.Source;
import org.campo.model.SourceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SourceRepository} must do. */
abstract class SourceRepositoryContract {
    static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    private SourceRepository repo;

    protected abstract SourceRepository createRepository();

    @BeforeEach
    void setUpRepository() {
        repo = createRepository();
    }

    static Source source(String id, String name, String caseId, String submissionId, String text) {
        return new Source(id, name, SourceKind.INTERVIEW_NOTES, caseId, submissionId, text, T0, T0);
    }

    @Test
    void textWithEmojiAndLineBreaksRoundTrips() {
        Source s = source("s1", "KI-GOV-01 — notas", "p1", "sub1", "Hola 😀 señor\r\nNiños y niñas");
        repo.add(s);

        assertThat(repo.findById("s1")).contains(s);
        assertThat(repo.findById("s1").orElseThrow().length()).as("code points, CR and LF counted").isEqualTo(27);
        assertThat(repo.findBySubmission("sub1")).contains(s);
        assertThat(repo.findBySubmission("other")).isEmpty();
    }

    @Test
    void updateReplacesNameTextAndTimeButKeepsOrigin() {
        repo.add(source("s1", "Notas", "p1", "sub1", "antes"));
        Instant later = T0.plusSeconds(60);
        repo.update(new Source("s1", "Notas revisadas", SourceKind.TRANSCRIPT, "p2", "sub1", "después", T0, later));

        Source s = repo.findById("s1").orElseThrow();
        assertThat(s.name()).isEqualTo("Notas revisadas");
        assertThat(s.text()).isEqualTo("después");
        assertThat(s.kind()).isEqualTo(SourceKind.TRANSCRIPT);
        assertThat(s.caseId()).isEqualTo("p2");
        assertThat(s.createdAt()).isEqualTo(T0);
        assertThat(s.updatedAt()).isEqualTo(later);
        assertThat(repo.stamps()).isEqualTo(java.util.Map.of("s1", later));
    }

    @Test
    void allIsByNameAndCasesListTheirSources() {
        repo.add(source("s1", "b", "p1", null, "x"));
        repo.add(source("s2", "a", "p1", null, "y"));
        repo.add(source("s3", "c", null, null, "z"));

        assertThat(repo.all()).extracting(Source::name).containsExactly("a", "b", "c");
        assertThat(repo.idsOfCase("p1")).containsExactlyInAnyOrder("s1", "s2");
        assertThat(repo.count()).isEqualTo(3);
    }

    @Test
    void deletedSourceIsGone() {
        repo.add(source("s1", "a", "p1", null, "x"));
        repo.delete("s1");

        assertThat(repo.findById("s1")).isEmpty();
        assertThat(repo.count()).isZero();
    }
}
