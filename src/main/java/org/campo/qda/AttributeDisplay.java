package org.campo.qda;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How case attributes read in one language: an attribute's title and the label of each stored
 * value. Stored values stay the form's option names (so groups, filters, merges and REFI-QDA
 * round trips are stable); only what a person reads is translated. A value with no known label
 * (typed by hand, imported from another tool, or an answer in the participant's own words)
 * reads as stored; a select-multiple answer (option names separated by spaces) reads as the
 * labels of its options joined by ", " when every option has one.
 */
public final class AttributeDisplay {
    /** Shows every attribute and value as stored. */
    public static final AttributeDisplay STORED = new AttributeDisplay(Map.of(), Map.of());

    private final Map<String, String> names;
    private final Map<String, Map<String, String>> values;

    /**
     * @param names  title by attribute name
     * @param values label by stored value, by attribute name
     */
    public AttributeDisplay(Map<String, String> names, Map<String, Map<String, String>> values) {
        this.names = Map.copyOf(names);
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        this.values = Map.copyOf(copy);
    }

    /** The attribute's title ({@code source_group} reads "Grupo de fuente" in Spanish), or its name. */
    public String name(String attribute) {
        if (attribute == null) {
            return null;
        }
        String label = names.get(attribute);
        return label == null || label.isBlank() ? attribute : label;
    }

    /** The label of a stored value of an attribute, or the value as stored when none is known. */
    public String value(String attribute, String stored) {
        if (stored == null || attribute == null) {
            return stored;
        }
        Map<String, String> labels = values.getOrDefault(attribute, Map.of());
        String trimmed = stored.strip();
        String whole = labels.get(trimmed);
        if (whole != null && !whole.isBlank()) {
            return whole;
        }
        String[] parts = trimmed.split("\\s+");
        if (parts.length > 1) {
            List<String> out = new ArrayList<>();
            for (String p : parts) {
                String l = labels.get(p);
                if (l == null || l.isBlank()) {
                    return stored;
                }
                out.add(l);
            }
            return String.join(", ", out);
        }
        return stored;
    }

    /** The labels of values of attributes given in the same order. */
    public List<String> values(List<String> attributes, List<String> stored) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            out.add(value(i < attributes.size() ? attributes.get(i) : null, stored.get(i)));
        }
        return out;
    }

    /**
     * The stored value of an attribute that a person typed as it reads (its label, compared
     * ignoring case and accents), or {@code typed} itself when no label matches.
     */
    public String storedValueOf(String attribute, String typed) {
        if (typed == null || attribute == null) {
            return typed;
        }
        String wanted = SearchText.fold(typed.strip());
        for (Map.Entry<String, String> e : values.getOrDefault(attribute, Map.of()).entrySet()) {
            if (SearchText.fold(e.getValue().strip()).equals(wanted)) {
                return e.getKey();
            }
        }
        return typed;
    }
}
