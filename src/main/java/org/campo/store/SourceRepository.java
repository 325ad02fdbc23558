package org.campo.store;

import java.util.List;
import java.util.Optional;
import org.campo.model.Source;

/** Texts to code; names and texts are encrypted in the SQLite implementation. */
public interface SourceRepository {
    void add(Source source);

    /** Replaces the name, kind, case, text and update time of a stored source. */
    void update(Source source);

    Optional<Source> findById(String id);

    /** The source built from an interview submission. */
    Optional<Source> findBySubmission(String submissionId);

    /** Every source, ordered by name. */
    List<Source> all();

    /** The ids of the sources of a case. */
    List<String> idsOfCase(String caseId);

    /** Deletes a source (its codings go with it). */
    void delete(String id);

    long count();

    /** Each source's last update time, read from clear columns (no decryption): lets in-memory caches see changes. */
    java.util.Map<String, java.time.Instant> stamps();
}
