package org.campo.store;

import java.util.List;
import java.util.function.Consumer;
import org.campo.model.Tombstone;

/**
 * Tombstones: ids of withdrawn or deleted records. Rows are only ever added: export and merge
 * code lists them to carry the deletions along, so a withdrawn person's data cannot come back
 * from another laptop.
 */
public interface TombstoneRepository {
    /** Adds a tombstone; adding the same id twice keeps the first one. */
    void add(Tombstone t);

    List<Tombstone> all();

    /** Streams every tombstone, for exports of large studies. */
    void forEach(Consumer<Tombstone> consumer);

    boolean contains(String id);

    long count();
}
