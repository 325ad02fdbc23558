package org.campo.form.runtime;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One variable of a form's dataset: a leaf of the instance (questions and calculates alike).
 *
 * @param path       generic instance path, e.g. {@code /data/group/hh/age}
 * @param name       the XLSForm name (last path step)
 * @param kind       column kind
 * @param labels     label by form language ({@code ""} for monolingual forms)
 * @param choices    choices for select questions, in form order (static lists and itemsets)
 * @param repeatPath generic path of the innermost enclosing repeat, or null at the top level
 * @param sensitive  marked {@code campo:sensitive}
 * @param metadata   part of {@code meta} or a preload (start, end, deviceid…)
 */
public record FieldSchema(String path, String name, FieldKind kind, Map<String, String> labels,
                          List<ChoiceSchema> choices, String repeatPath, boolean sensitive, boolean metadata) {
    public FieldSchema {
        labels = Map.copyOf(labels);
        choices = List.copyOf(choices);
    }

    /** The label in a language, falling back to any label, then to the name. */
    public String label(String language) {
        return Optional.ofNullable(language).map(labels::get).filter(s -> !s.isBlank())
                .or(() -> labels.values().stream().filter(s -> !s.isBlank()).findFirst())
                .orElse(name);
    }

    /** One choice with its label per language. */
    public record ChoiceSchema(String value, Map<String, String> labels) {
        public ChoiceSchema {
            labels = Map.copyOf(labels);
        }

        public String label(String language) {
            return Optional.ofNullable(language).map(labels::get).filter(s -> !s.isBlank())
                    .or(() -> labels.values().stream().filter(s -> !s.isBlank()).findFirst())
                    .orElse(value);
        }
    }
}
