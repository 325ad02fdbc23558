package org.campo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.campo.model.Tombstone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TombstoneRepository} must do. */
abstract class TombstoneRepositoryContract {
    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    private TombstoneRepository repo;

    protected abstract TombstoneRepository createRepository();

    @BeforeEach
    void setUpRepository() {
        repo = createRepository();
    }

    @Test
    void tombstonesAreListedAndStreamedByDeletionTimeThenId() {
        repo.add(new Tombstone("s2", Tombstone.SUBMISSION, T0.plusSeconds(5), "withdrawal w1"));
        repo.add(new Tombstone("s1", Tombstone.SUBMISSION, T0.plusSeconds(5), "withdrawal w1"));
        repo.add(new Tombstone("p1", Tombstone.PARTICIPANT, T0, "withdrawal w1"));

        assertThat(repo.all()).extracting(Tombstone::id).containsExactly("p1", "s1", "s2");
        List<String> streamed = new ArrayList<>();
        repo.forEach(t -> streamed.add(t.id()));
        assertThat(streamed).containsExactly("p1", "s1", "s2");
        assertThat(repo.count()).isEqualTo(3);
        assertThat(repo.contains("s1")).isTrue();
        assertThat(repo.contains("s9")).isFalse();
    }

    @Test
    void addingTheSameIdTwiceKeepsTheFirst() {
        Tombstone first = new Tombstone("s1", Tombstone.SUBMISSION, T0, "deleted");
        repo.add(first);
        repo.add(new Tombstone("s1", Tombstone.SUBMISSION, T0.plusSeconds(60), "withdrawal w2"));

        assertThat(repo.all()).containsExactly(first);
    }
}
