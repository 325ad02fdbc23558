package org.campo.store.memory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campo.model.Source;
import org.campo.store.SourceRepository;

/** Sources in memory. */
public final class InMemorySourceRepository implements SourceRepository {
    private final Map<String, Source> byId = new LinkedHashMap<>();

    @Override
    public synchronized void add(Source source) {
        byId.put(source.id(), source);
    }

    @Override
    public synchronized void update(Source s) {
        Source old = byId.get(s.id());
        if (old != null) {
            byId.put(s.id(), new Source(s.id(), s.name(), s.kind(), s.caseId(), old.submissionId(), s.text(),
                    old.createdAt(), s.updatedAt()));
        }
    }

    @Override
    public synchronized Optional<Source> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<Source> findBySubmission(String submissionId) {
        return byId.values().stream().filter(s -> submissionId.equals(s.submissionId())).findFirst();
    }

    @Override
    public synchronized List<Source> all() {
        return byId.values().stream().sorted(Comparator.comparing(Source::name).thenComparing(Source::id)).toList();
    }

    @Override
    public synchronized List<String> idsOfCase(String caseId) {
        return byId.values().stream().filter(s -> caseId.equals(s.caseId())).map(Source::id).sorted().toList();
    }

    @Override
    public synchronized void delete(String id) {
        byId.remove(id);
    }

    @Override
    public synchronized long count() {
        return byId.size();
    }

    @Override
    public synchronized Map<String, java.time.Instant> stamps() {
        Map<String, java.time.Instant> out = new java.util.HashMap<>();
        byId.values().forEach(s -> out.put(s.id(), s.updatedAt()));
        return out;
    }
}
