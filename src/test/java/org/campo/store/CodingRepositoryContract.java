package org.campo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.campo.model.Coding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CodingRepository} must do. */
abstract class CodingRepositoryContract {
    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    private CodingRepository repo;
    private String s1;
    private String s2;
    private String health;
    private String work;

    protected abstract CodingRepository createRepository();

    /** Makes a source the codings can refer to. */
    protected abstract String createSource(String id);

    /** Makes a code the codings can refer to. */
    protected abstract String createCode(String id);

    @BeforeEach
    void setUpRepository() {
        repo = createRepository();
        s1 = createSource("s1");
        s2 = createSource("s2");
        health = createCode("health");
        work = createCode("work");
    }

    private Coding coding(String id, String source, int start, int end, String code) {
        return new Coding(id, source, start, end, code, "ana", T0, false);
    }

    @Test
    void codingsOfASourceComeInTextOrderAndMayOverlap() {
        repo.add(coding("k2", s1, 10, 20, health));
        repo.add(coding("k1", s1, 0, 15, work));
        repo.add(coding("k3", s2, 0, 5, health));

        assertThat(repo.ofSource(s1)).extracting(Coding::id).containsExactly("k1", "k2");
        assertThat(repo.findById("k1")).contains(coding("k1", s1, 0, 15, work));
    }

    @Test
    void codingsOfCodesAndCounts() {
        repo.add(coding("k1", s1, 0, 15, work));
        repo.add(coding("k2", s1, 10, 20, health));
        repo.add(coding("k3", s2, 0, 5, health));

        assertThat(repo.ofCodes(List.of(health))).extracting(Coding::id).containsExactlyInAnyOrder("k2", "k3");
        assertThat(repo.ofCodes(List.of())).isEmpty();
        assertThat(repo.countByCode()).isEqualTo(Map.of(health, 2, work, 1));
        assertThat(repo.countBySource()).isEqualTo(Map.of(s1, 2, s2, 1));
        assertThat(repo.all()).hasSize(3);
    }

    @Test
    void updateMovesTheSegmentAndFlagsIt() {
        repo.add(coding("k1", s1, 0, 15, work));
        repo.update(new Coding("k1", s1, 3, 3, health, "ana", T0, true));

        Coding k = repo.findById("k1").orElseThrow();
        assertThat(k.start()).isEqualTo(3);
        assertThat(k.end()).isEqualTo(3);
        assertThat(k.codeId()).isEqualTo(health);
        assertThat(k.detached()).isTrue();
    }

    @Test
    void reassignMovesEveryCodingOfACode() {
        repo.add(coding("k1", s1, 0, 15, work));
        repo.add(coding("k2", s2, 0, 5, work));
        repo.add(coding("k3", s2, 6, 9, health));

        assertThat(repo.reassign(work, health)).isEqualTo(2);
        assertThat(repo.countByCode()).isEqualTo(Map.of(health, 3));
    }

    @Test
    void deletedCodingIsGone() {
        repo.add(coding("k1", s1, 0, 15, work));
        repo.delete("k1");

        assertThat(repo.findById("k1")).isEmpty();
    }
}
