package org.campo.qda;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.campo.model.Code;

/**
 * The codebook as a tree: paths such as {@code Barriers/Health} (names joined by {@code /}, the
 * way commands name a code), children in codebook order, and the roll-up of a theme with its
 * sub-codes.
 */
public final class CodeTree {
    private final Map<String, Code> byId = new LinkedHashMap<>();
    private final Map<String, List<Code>> children = new LinkedHashMap<>();
    private final List<Code> roots = new ArrayList<>();

    public CodeTree(List<Code> codes) {
        for (Code c : codes) {
            byId.put(c.id(), c);
        }
        for (Code c : codes) {
            if (c.parentId() == null || !byId.containsKey(c.parentId())) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
    }

    public Optional<Code> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Code> roots() {
        return Collections.unmodifiableList(roots);
    }

    public List<Code> children(String id) {
        return Collections.unmodifiableList(children.getOrDefault(id, List.of()));
    }

    /** Every code, depth first in codebook order (a parent before its children). */
    public List<Code> depthFirst() {
        List<Code> out = new ArrayList<>();
        for (Code r : roots) {
            walk(r, out);
        }
        return out;
    }

    private void walk(Code c, List<Code> out) {
        out.add(c);
        for (Code child : children(c.id())) {
            walk(child, out);
        }
    }

    /** 0 for a top-level code. */
    public int depth(String id) {
        int d = 0;
        Code c = byId.get(id);
        while (c != null && c.parentId() != null && byId.containsKey(c.parentId())) {
            d++;
            c = byId.get(c.parentId());
        }
        return d;
    }

    /** The names from the top-level code down, joined by {@code /}. */
    public String path(String id) {
        List<String> names = new ArrayList<>();
        Code c = byId.get(id);
        while (c != null) {
            names.add(0, c.name());
            c = c.parentId() == null ? null : byId.get(c.parentId());
        }
        return String.join("/", names);
    }

    /** The code at a path ({@code Barriers/Health}); names compare ignoring case and outer blanks. */
    public Optional<Code> find(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        String[] parts = path.split("/");
        List<Code> level = roots;
        Code found = null;
        for (String part : parts) {
            String name = part.trim();
            found = null;
            for (Code c : level) {
                if (c.name().trim().equalsIgnoreCase(name)) {
                    found = c;
                    break;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            level = children(found.id());
        }
        return Optional.ofNullable(found);
    }

    /** The code and all codes below it (the roll-up of a theme). */
    public Set<String> withDescendants(String id) {
        Set<String> out = new LinkedHashSet<>();
        Code c = byId.get(id);
        if (c != null) {
            List<Code> list = new ArrayList<>();
            walk(c, list);
            list.forEach(x -> out.add(x.id()));
        }
        return out;
    }
}
