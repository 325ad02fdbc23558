package org.campo.form.compile;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites shorthand that XLSForm expands into several XForm nodes, before references are
 * resolved: {@code or_other} (an "other" choice plus a "specify" text question),
 * {@code table-list} groups (a label row and list-nolabel selects) and repeat counts that are
 * expressions (a generated calculate holding the count). With the {@code flat} setting, groups
 * and repeats are marked flat and pass their {@code relevant} down to the questions inside.
 */
final class FormExpansions {
    static final String OTHER = "other";
    private static final String TABLE_LIST = "table-list";

    private FormExpansions() {
    }

    static void apply(FormDefinition form, Diagnostics diag) {
        expand(form.root, form, diag);
        if (!form.setting("flat").isEmpty()) {
            flatten(form.root, "", "");
        }
    }

    /**
     * The {@code flat} setting (any value, as in pyxform, whose check is a plain truth test of
     * the cell text): every group or repeat with children is marked flat, and its
     * {@code relevant} is joined onto the questions inside as {@code group and (question)}.
     */
    private static void flatten(FormElement container, String parentRelevant, String parentHeader) {
        for (FormElement e : container.children) {
            String own = e.column("relevant");
            String relevant;
            String header = e.columns.containsKey("relevant") ? e.header("relevant") : parentHeader;
            if (!parentRelevant.isEmpty()) {
                relevant = own.isEmpty() ? parentRelevant : parentRelevant + " and (" + own + ")";
            } else {
                relevant = own;
            }
            if (e.isContainer() && !e.children.isEmpty()) {
                e.flat = true;
                flatten(e, relevant, header);
            } else if (!relevant.isEmpty()) {
                e.columns.put("relevant", relevant);
                e.headers.putIfAbsent("relevant", header);
            }
        }
    }

    private static void expand(FormElement container, FormDefinition form, Diagnostics diag) {
        List<FormElement> children = List.copyOf(container.children);
        for (FormElement child : children) {
            if (child.isContainer()) {
                expand(child, form, diag);
                if (List.of(child.column("appearance").strip().split("\\s+")).contains(TABLE_LIST)) {
                    tableList(child);
                }
                if (child.kind == FormElement.Kind.REPEAT) {
                    repeatCount(child, diag);
                }
            } else if (child.orOther) {
                orOther(child, form);
            }
        }
    }

    private static void orOther(FormElement q, FormDefinition form) {
        ChoiceList list = form.choiceLists.get(q.listName);
        if (list != null && !list.otherAdded) {
            list.otherAdded = true;
            Map<String, Map<String, String>> texts = new LinkedHashMap<>();
            Set<String> langs = new LinkedHashSet<>();
            for (Choice c : list.choices) {
                langs.addAll(c.texts().getOrDefault("label", Map.of()).keySet());
            }
            if (langs.isEmpty()) {
                langs.add(ColumnName.DEFAULT_LANGUAGE);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            langs.forEach(l -> labels.put(l, "Other"));
            texts.put("label", labels);
            list.choices.add(new Choice(OTHER, texts, Map.of(), 0));
        }
        FormElement other = new FormElement(FormElement.Kind.QUESTION, q.name + "_other", q.row);
        other.type = QuestionType.lookup("text").orElseThrow();
        other.generated = true;
        other.texts.put("label", Map.of(ColumnName.DEFAULT_LANGUAGE, "Specify other."));
        other.columns.put("relevant", "selected(../" + q.name + ", '" + OTHER + "')");
        FormElement parent = q.parent;
        other.parent = parent;
        parent.children.add(parent.children.indexOf(q) + 1, other);
    }

    /**
     * A {@code table-list} group becomes a {@code field-list} (keeping its other appearance words),
     * as pyxform does: the group's label and hint move to a generated note at the top (so clients
     * show them above the table), the first select is preceded by a header row of the same
     * choices with appearance {@code label}, and every select in the group gets
     * {@code list-nolabel} so only the radio buttons line up under that header.
     */
    private static void tableList(FormElement group) {
        StringBuilder appearance = new StringBuilder("field-list");
        for (String word : group.column("appearance").strip().split("\\s+")) {
            if (!word.equals(TABLE_LIST)) {
                appearance.append(' ').append(word);
            }
        }
        group.columns.put("appearance", appearance.toString());
        Map<String, String> label = group.texts.remove("label");
        Map<String, String> hint = group.texts.remove("hint");
        if (label != null || hint != null) {
            FormElement note = new FormElement(FormElement.Kind.QUESTION, "generated_table_list_label_" + group.row,
                    group.row);
            note.type = QuestionType.lookup("note").orElseThrow();
            note.generated = true;
            if (label != null) {
                note.texts.put("label", label);
            }
            if (hint != null) {
                note.texts.put("hint", hint);
            }
            note.parent = group;
            group.children.add(0, note);
        }
        FormElement firstSelect = group.children.stream()
                .filter(c -> c.isQuestion() && c.type != null && c.type.isSelect() && c.listName != null)
                .findFirst().orElse(null);
        if (firstSelect == null) {
            return;
        }
        FormElement labels = new FormElement(FormElement.Kind.QUESTION,
                "reserved_name_for_field_list_labels_" + firstSelect.row, firstSelect.row);
        labels.type = firstSelect.type;
        labels.listName = firstSelect.listName;
        labels.generated = true;
        labels.forcedAppearance = "label";
        labels.texts.put("label", Map.of(ColumnName.DEFAULT_LANGUAGE, " "));
        labels.parent = group;
        group.children.add(group.children.indexOf(firstSelect), labels);
        for (FormElement c : group.children) {
            if (c != labels && c.isQuestion() && c.type != null && c.type.isSelect()) {
                c.forcedAppearance = "list-nolabel";
            }
        }
    }

    /**
     * A repeat count that is not a plain reference (a number or an expression) is computed by a
     * generated read-only calculate placed before the repeat, as pyxform 4.5 does, because
     * clients expect {@code jr:count} to be a path.
     */
    private static void repeatCount(FormElement repeat, Diagnostics diag) {
        String count = repeat.column("repeat_count").strip();
        if (count.isEmpty() || count.matches("\\$\\{[^}]+}")) {
            return;
        }
        String name = repeat.name + "_count";
        FormElement parent = repeat.parent;
        for (FormElement sibling : parent.children) {
            if (sibling.name.equals(name)) {
                diag.error(SurveyParser.SURVEY, repeat.row, "repeat_count", "form.compile.repeatCountNameTaken",
                        name.toLowerCase(Locale.ROOT));
                return;
            }
        }
        FormElement calc = new FormElement(FormElement.Kind.QUESTION, name, repeat.row);
        calc.type = QuestionType.lookup("calculate").orElseThrow();
        calc.generated = true;
        calc.columns.put("calculation", count);
        calc.columns.put("read_only", "yes");
        calc.parent = parent;
        parent.children.add(parent.children.indexOf(repeat), calc);
        repeat.columns.put("repeat_count", "${" + name + "}");
    }
}
