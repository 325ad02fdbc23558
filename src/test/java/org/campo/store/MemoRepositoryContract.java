package org.campo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.campo.model.Memo;
import org.campo.model.MemoTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link MemoRepository} must do. */
abstract class MemoRepositoryContract {
    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    private MemoRepository repo;

    protected abstract MemoRepository createRepository();

    @BeforeEach
    void setUpRepository() {
        repo = createRepository();
    }

    private static Memo memo(String id, MemoTarget target, String targetId, int second) {
        return new Memo(id, target, targetId, "Título " + id, "Texto 😀 " + id, "ana", T0.plusSeconds(second),
                T0.plusSeconds(second));
    }

    @Test
    void memosAreFoundByTargetOldestFirst() {
        repo.add(memo("m2", MemoTarget.SOURCE, "s1", 2));
        repo.add(memo("m1", MemoTarget.SOURCE, "s1", 1));
        repo.add(memo("m3", MemoTarget.CODE, "s1", 3));
        repo.add(memo("m4", MemoTarget.PROJECT, null, 4));

        assertThat(repo.of(MemoTarget.SOURCE, "s1")).extracting(Memo::id).containsExactly("m1", "m2");
        assertThat(repo.of(MemoTarget.PROJECT, null)).containsExactly(memo("m4", MemoTarget.PROJECT, null, 4));
        assertThat(repo.all()).extracting(Memo::id).containsExactly("m1", "m2", "m3", "m4");
    }

    @Test
    void updateReplacesTitleAndText() {
        repo.add(memo("m1", MemoTarget.CODING, "k1", 1));
        repo.update(new Memo("m1", MemoTarget.CODING, "k1", null, "nuevo", "ana", T0, T0.plusSeconds(99)));

        Memo m = repo.findById("m1").orElseThrow();
        assertThat(m.title()).isNull();
        assertThat(m.text()).isEqualTo("nuevo");
        assertThat(m.updatedAt()).isEqualTo(T0.plusSeconds(99));
        assertThat(m.createdAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void deletedMemoIsGone() {
        repo.add(memo("m1", MemoTarget.CODING, "k1", 1));
        repo.delete("m1");

        assertThat(repo.all()).isEmpty();
    }
}
