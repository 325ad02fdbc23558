package org.campo.store.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campo.model.CaseAttribute;
import org.campo.store.CaseAttributeRepository;

/** Case attributes in memory. */
public final class InMemoryCaseAttributeRepository implements CaseAttributeRepository {
    private final Map<String, Map<String, CaseAttribute>> byCase = new java.util.TreeMap<>();

    @Override
    public synchronized void put(CaseAttribute a) {
        byCase.computeIfAbsent(a.caseId(), k -> new LinkedHashMap<>()).put(a.name(), a);
    }

    @Override
    public synchronized List<CaseAttribute> of(String caseId) {
        return List.copyOf(byCase.getOrDefault(caseId, Map.of()).values());
    }

    @Override
    public synchronized List<CaseAttribute> all() {
        List<CaseAttribute> out = new ArrayList<>();
        byCase.values().forEach(m -> out.addAll(m.values()));
        return out;
    }

    @Override
    public synchronized void delete(String caseId, String name) {
        Map<String, CaseAttribute> m = byCase.get(caseId);
        if (m != null) {
            m.remove(name);
        }
    }

    @Override
    public synchronized void deleteCase(String caseId) {
        byCase.remove(caseId);
    }
}
