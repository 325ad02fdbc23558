package org.campo.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campo.model.Code;

/** The order every code repository returns codes in: depth first, siblings by creation. */
public final class Codebooks {
    private Codebooks() {
    }

    public static List<Code> treeOrder(List<Code> codes) {
        List<Code> sorted = new ArrayList<>(codes);
        sorted.sort(Comparator.comparing(Code::createdAt).thenComparing(Code::id));
        Map<String, List<Code>> children = new LinkedHashMap<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        sorted.forEach(c -> ids.add(c.id()));
        for (Code c : sorted) {
            String parent = c.parentId() != null && ids.contains(c.parentId()) ? c.parentId() : "";
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(c);
        }
        List<Code> out = new ArrayList<>(codes.size());
        walk("", children, out);
        return out;
    }

    private static void walk(String parent, Map<String, List<Code>> children, List<Code> out) {
        for (Code c : children.getOrDefault(parent, List.of())) {
            out.add(c);
            walk(c.id(), children, out);
        }
    }
}
