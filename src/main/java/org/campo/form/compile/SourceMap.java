package org.campo.form.compile;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each node of a compiled form came from in its workbook, so that a problem found later in
 * the XForm (by the form engine's own checks) can be reported at the sheet, row and column an
 * author edits. XForm attributes are named as in the XForm ({@code relevant}, {@code calculate},
 * {@code readonly}, {@code default}, {@code choice_filter}, {@code repeat_count}, {@code label}…).
 */
public final class SourceMap {
    /** A form with no known sources (it was not compiled from a workbook). */
    public static final SourceMap EMPTY = new SourceMap(Map.of(), Map.of());

    /**
     * A place in the workbook.
     *
     * @param sheet  sheet name, empty when unknown
     * @param row    1-based row, 0 when unknown
     * @param column the column header as the author wrote it, empty when unknown
     * @param cell   the cell's text (the author's own expression, with {@code ${name}} references), or null
     */
    public record Location(String sheet, int row, String column, String cell) {
    }

    private final Map<String, FormElement> elements;
    private final Map<String, String> settings;

    private SourceMap(Map<String, FormElement> elements, Map<String, String> settings) {
        this.elements = elements;
        this.settings = settings;
    }

    static SourceMap of(FormDefinition form) {
        Map<String, FormElement> byPath = new HashMap<>();
        java.util.ArrayDeque<FormElement> stack = new java.util.ArrayDeque<>();
        stack.push(form.root);
        while (!stack.isEmpty()) {
            FormElement e = stack.pop();
            if (!e.flat && !e.generated && e.row > 0) {
                byPath.putIfAbsent(e.path(), e);
            }
            e.children.forEach(stack::push);
        }
        return new SourceMap(byPath, Map.copyOf(form.settings));
    }

    /** Where the expression of {@code attribute} on the node at {@code path} was written. */
    public Optional<Location> locate(String path, String attribute) {
        if (path == null) {
            return Optional.empty();
        }
        String column = column(attribute);
        if (path.endsWith("/meta/instanceName") && "calculate".equals(attribute)) {
            return Optional.of(new Location(SurveyParser.SETTINGS, 0, "instance_name", settings.get("instance_name")));
        }
        FormElement e = elements.get(path);
        if (e == null) {
            return Optional.empty();
        }
        if (column == null) {
            return Optional.of(new Location(SurveyParser.SURVEY, e.row, "", null));
        }
        String cell = e.columns.get(column);
        if (cell == null && "label".equals(column)) {
            cell = e.text("label").values().stream().findFirst().orElse(null);
        }
        return Optional.of(new Location(SurveyParser.SURVEY, e.row, e.header(column), cell));
    }

    private static String column(String attribute) {
        if (attribute == null) {
            return null;
        }
        return switch (attribute) {
            case "calculate" -> "calculation";
            case "readonly" -> "read_only";
            case "trigger" -> "calculation";
            case "relevant", "constraint", "required", "default", "choice_filter", "repeat_count",
                    "label" -> attribute;
            default -> null;
        };
    }
}
