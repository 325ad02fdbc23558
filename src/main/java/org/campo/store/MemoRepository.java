package org.campo.store;

import java.util.List;
import java.util.Optional;
import org.campo.model.Memo;
import org.campo.model.MemoTarget;

/** Memos; titles and texts are encrypted in the SQLite implementation. */
public interface MemoRepository {
    void add(Memo memo);

    /** Replaces the title, text and update time. */
    void update(Memo memo);

    Optional<Memo> findById(String id);

    /** The memos attached to one target (for {@link MemoTarget#PROJECT}, {@code targetId} is null), oldest first. */
    List<Memo> of(MemoTarget target, String targetId);

    /** Every memo, oldest first. */
    List<Memo> all();

    void delete(String id);
}
