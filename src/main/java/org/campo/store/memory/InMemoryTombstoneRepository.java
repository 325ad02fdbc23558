package org.campo.store.memory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.campo.model.Tombstone;
import org.campo.store.TombstoneRepository;

/** Tombstones in memory: added once, listed by deletion time then id, as in SQLite. */
public final class InMemoryTombstoneRepository implements TombstoneRepository {
    private final Map<String, Tombstone> rows = new LinkedHashMap<>();

    @Override
    public synchronized void add(Tombstone t) {
        rows.putIfAbsent(t.id(), t);
    }

    @Override
    public synchronized List<Tombstone> all() {
        return rows.values().stream().sorted(Comparator.comparing(Tombstone::deletedAt).thenComparing(Tombstone::id))
                .toList();
    }

    @Override
    public void forEach(Consumer<Tombstone> consumer) {
        all().forEach(consumer);
    }

    @Override
    public synchronized boolean contains(String id) {
        return rows.containsKey(id);
    }

    @Override
    public synchronized long count() {
        return rows.size();
    }
}
