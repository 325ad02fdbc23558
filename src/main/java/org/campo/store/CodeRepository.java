package org.campo.store;

import java.util.List;
import java.util.Optional;
import org.campo.model.Code;

/** The codebook; names and definitions are encrypted in the SQLite implementation. */
public interface CodeRepository {
    void add(Code code);

    /** Replaces everything but the id and creation time. */
    void update(Code code);

    Optional<Code> findById(String id);

    /** Every code, parents before their children, siblings in creation order. */
    List<Code> all();

    /** Deletes a code that has no children (its codings go with it). */
    void delete(String id);
}
