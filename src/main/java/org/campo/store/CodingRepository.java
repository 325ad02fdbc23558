package org.campo.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campo.model.Coding;

/** Coded segments (positions in code points, end exclusive). */
public interface CodingRepository {
    void add(Coding coding);

    /** Replaces the positions, code and detached flag. */
    void update(Coding coding);

    Optional<Coding> findById(String id);

    /** The codings of a source, by start then end. */
    List<Coding> ofSource(String sourceId);

    /** The codings with one of these codes, by source then start. */
    List<Coding> ofCodes(java.util.Collection<String> codeIds);

    List<Coding> all();

    /** How many codings each code has (codes without codings are absent). */
    Map<String, Integer> countByCode();

    /** How many codings each source has (sources without codings are absent). */
    Map<String, Integer> countBySource();

    /** Moves every coding of {@code fromCodeId} to {@code toCodeId}; returns how many moved. */
    int reassign(String fromCodeId, String toCodeId);

    void delete(String id);
}
