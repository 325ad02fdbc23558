package org.campo.store.memory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campo.model.Code;
import org.campo.store.CodeRepository;
import org.campo.store.Codebooks;

/** The codebook in memory. */
public final class InMemoryCodeRepository implements CodeRepository {
    private final Map<String, Code> byId = new LinkedHashMap<>();

    @Override
    public synchronized void add(Code code) {
        byId.put(code.id(), code);
    }

    @Override
    public synchronized void update(Code c) {
        Code old = byId.get(c.id());
        if (old != null) {
            byId.put(c.id(), new Code(c.id(), c.parentId(), c.name(), c.definition(), c.inclusion(), c.exclusion(),
                    c.example(), c.color(), c.codable(), old.createdAt()));
        }
    }

    @Override
    public synchronized Optional<Code> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<Code> all() {
        return Codebooks.treeOrder(List.copyOf(byId.values()));
    }

    @Override
    public synchronized void delete(String id) {
        byId.remove(id);
    }
}
