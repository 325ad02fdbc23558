package org.campo.store.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.campo.model.Coding;
import org.campo.store.CodingRepository;

/** Codings in memory. */
public final class InMemoryCodingRepository implements CodingRepository {
    private static final Comparator<Coding> ORDER = Comparator.comparing(Coding::sourceId)
            .thenComparingInt(Coding::start).thenComparingInt(Coding::end).thenComparing(Coding::id);
    private final Map<String, Coding> byId = new LinkedHashMap<>();

    @Override
    public synchronized void add(Coding coding) {
        byId.put(coding.id(), coding);
    }

    @Override
    public synchronized void update(Coding c) {
        Coding old = byId.get(c.id());
        if (old != null) {
            byId.put(c.id(), new Coding(c.id(), old.sourceId(), c.start(), c.end(), c.codeId(), old.coderId(),
                    old.codedAt(), c.detached()));
        }
    }

    @Override
    public synchronized Optional<Coding> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<Coding> ofSource(String sourceId) {
        return byId.values().stream().filter(c -> c.sourceId().equals(sourceId)).sorted(ORDER).toList();
    }

    @Override
    public synchronized List<Coding> ofCodes(Collection<String> codeIds) {
        return byId.values().stream().filter(c -> codeIds.contains(c.codeId())).sorted(ORDER).toList();
    }

    @Override
    public synchronized List<Coding> all() {
        return byId.values().stream().sorted(ORDER).toList();
    }

    @Override
    public synchronized Map<String, Integer> countByCode() {
        Map<String, Integer> out = new TreeMap<>();
        byId.values().forEach(c -> out.merge(c.codeId(), 1, Integer::sum));
        return out;
    }

    @Override
    public synchronized Map<String, Integer> countBySource() {
        Map<String, Integer> out = new TreeMap<>();
        byId.values().forEach(c -> out.merge(c.sourceId(), 1, Integer::sum));
        return out;
    }

    @Override
    public synchronized int reassign(String fromCodeId, String toCodeId) {
        int n = 0;
        for (Coding c : List.copyOf(byId.values())) {
            if (c.codeId().equals(fromCodeId)) {
                byId.put(c.id(), new Coding(c.id(), c.sourceId(), c.start(), c.end(), toCodeId, c.coderId(),
                        c.codedAt(), c.detached()));
                n++;
            }
        }
        return n;
    }

    @Override
    public synchronized void delete(String id) {
        byId.remove(id);
    }
}
