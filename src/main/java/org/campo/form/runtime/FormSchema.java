package org.campo.form.runtime;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dataset shape of a form: its variables and repeat tables, with labels and choices in
 * every form language. Exports, codebooks and summary tables are built from this rather than
 * from the engine, so they never need JavaRosa.
 *
 * @param formId    the form id
 * @param title     the form title
 * @param languages form languages (empty for monolingual forms)
 * @param rootPath  the instance root, e.g. {@code /data}
 * @param fields    every leaf, in instance order
 * @param repeats   every repeat: generic path → label by language
 */
public record FormSchema(String formId, String title, List<String> languages, String rootPath,
                         List<FieldSchema> fields, Map<String, Map<String, String>> repeats) {
    public FormSchema {
        languages = List.copyOf(languages);
        fields = List.copyOf(fields);
        repeats = Map.copyOf(repeats);
    }

    public Optional<FieldSchema> field(String path) {
        return fields.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** The fields of one table: the top level ({@code repeatPath == null}) or one repeat. */
    public List<FieldSchema> fieldsOf(String repeatPath) {
        return fields.stream().filter(f -> java.util.Objects.equals(f.repeatPath(), repeatPath)).toList();
    }

    /** The enclosing repeat of a repeat, or null for one at the top level. */
    public String parentRepeat(String repeatPath) {
        return repeats.keySet().stream()
                .filter(r -> repeatPath.startsWith(r + "/"))
                .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
    }
}
