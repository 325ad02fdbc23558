package org.campo.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of one synthetic submission, by XLSForm name (names are unique within a form),
 * with the rows of each repeat by the repeat's name. Unanswered and non-relevant questions are
 * simply absent and become empty elements, as in an instance saved by ODK.
 */
final class SyntheticInstance {
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, List<Map<String, String>>> repeats = new HashMap<>();

    SyntheticInstance set(String name, Object value) {
        if (value != null) {
            values.put(name, value.toString());
        }
        return this;
    }

    String get(String name) {
        return values.get(name);
    }

    /** Adds one row to a repeat and returns it for filling. */
    Map<String, String> addRow(String repeatName) {
        Map<String, String> row = new HashMap<>();
        repeats.computeIfAbsent(repeatName, k -> new ArrayList<>()).add(row);
        return row;
    }

    Map<String, String> values() {
        return values;
    }

    List<Map<String, String>> rows(String repeatName) {
        return repeats.getOrDefault(repeatName, List.of());
    }
}
