package org.campo.store.memory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campo.model.ParticipantRow;
import org.campo.store.ParticipantRepository;
import org.campo.store.StoreException;

/** Participants in memory, with the SQLite implementation's refusal of a code already in use. */
public final class InMemoryParticipantRepository implements ParticipantRepository {
    private final Map<String, ParticipantRow> rows = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> attributes = new LinkedHashMap<>();

    @Override
    public synchronized void add(ParticipantRow p, Map<String, String> attributes) {
        if (findByCode(p.code()).isPresent()) {
            throw new StoreException("store.duplicateParticipant", p.code());
        }
        rows.put(p.id(), p);
        this.attributes.put(p.id(), attributes == null ? Map.of() : new LinkedHashMap<>(attributes));
    }

    @Override
    public synchronized Optional<ParticipantRow> findById(String id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized Optional<ParticipantRow> findByCode(String code) {
        return rows.values().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    @Override
    public synchronized List<ParticipantRow> all() {
        return rows.values().stream().sorted(Comparator.comparing(ParticipantRow::code)).toList();
    }

    @Override
    public synchronized Map<String, String> attributes(String id) {
        return new LinkedHashMap<>(attributes.getOrDefault(id, Map.of()));
    }

    @Override
    public synchronized void replaceAttributes(String id, Map<String, String> attributes) {
        if (rows.containsKey(id)) {
            this.attributes.put(id, attributes == null ? Map.of() : new LinkedHashMap<>(attributes));
        }
    }

    @Override
    public synchronized void eraseAttributesAndMarkWithdrawn(String id) {
        if (rows.containsKey(id)) {
            attributes.put(id, Map.of());
            markWithdrawn(id);
        }
    }

    @Override
    public synchronized void markWithdrawn(String id) {
        ParticipantRow p = rows.get(id);
        if (p != null) {
            rows.put(id, new ParticipantRow(p.id(), p.code(), p.createdAt(), true));
        }
    }

    @Override
    public synchronized long count() {
        return rows.size();
    }
}
