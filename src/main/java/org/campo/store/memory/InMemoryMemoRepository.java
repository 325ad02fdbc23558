package org.campo.store.memory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.campo.model.Memo;
import org.campo.model.MemoTarget;
import org.campo.store.MemoRepository;

/** Memos in memory. */
public final class InMemoryMemoRepository implements MemoRepository {
    private static final Comparator<Memo> ORDER = Comparator.comparing(Memo::createdAt).thenComparing(Memo::id);
    private final Map<String, Memo> byId = new LinkedHashMap<>();

    @Override
    public synchronized void add(Memo memo) {
        byId.put(memo.id(), memo);
    }

    @Override
    public synchronized void update(Memo m) {
        Memo old = byId.get(m.id());
        if (old != null) {
            byId.put(m.id(), new Memo(m.id(), old.target(), old.targetId(), m.title(), m.text(), old.authorId(),
                    old.createdAt(), m.updatedAt()));
        }
    }

    @Override
    public synchronized Optional<Memo> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<Memo> of(MemoTarget target, String targetId) {
        return byId.values().stream().filter(m -> m.target() == target && Objects.equals(m.targetId(), targetId))
                .sorted(ORDER).toList();
    }

    @Override
    public synchronized List<Memo> all() {
        return byId.values().stream().sorted(ORDER).toList();
    }

    @Override
    public synchronized void delete(String id) {
        byId.remove(id);
    }
}
