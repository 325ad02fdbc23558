package org.campo.store;

import org.campo.model.ParticipantRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pseudonymous participants; their attributes are encrypted in the SQLite implementation. */
public interface ParticipantRepository {
    /** Adds a participant; a code already in use is refused with {@code store.duplicateParticipant}. */
    void add(ParticipantRow p, Map<String, String> attributes);

    Optional<ParticipantRow> findById(String id);

    Optional<ParticipantRow> findByCode(String code);

    List<ParticipantRow> all();

    /** The decrypted attributes, in the order they were given; empty once erased. */
    Map<String, String> attributes(String id);

    void replaceAttributes(String id, Map<String, String> attributes);

    /** Overwrites the attributes with nothing (secure_delete zeroes the old cell) and marks the withdrawal. */
    void eraseAttributesAndMarkWithdrawn(String id);

    void markWithdrawn(String id);

    long count();
}
