package org.campo.form.compile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code begin loop over LIST} ... {@code end loop}, pyxform's older way to ask the same
 * questions about each item of a list: the loop becomes a group holding one group per choice
 * (named and labelled after it; a choice named {@code none} is left out), each with a copy of
 * the loop's questions in which {@code %(name)s} and {@code %(label)s} stand for the choice's
 * name and label.
 */
final class Loops {
    private static final String NAME = "%(name)s";
    private static final String LABEL = "%(label)s";

    private Loops() {
    }

    /** True when {@code name} is a valid element name once a loop's placeholders are filled in. */
    static boolean hasPlaceholders(String name) {
        return name.contains(NAME) || name.contains(LABEL);
    }

    static void expand(FormElement loop, ChoiceList list, Diagnostics diag) {
        if (list == null) {
            return; // the missing list was reported at the begin row
        }
        List<FormElement> template = List.copyOf(loop.children);
        loop.children.clear();
        for (Choice choice : list.choices) {
            if (choice.name().equals("none")) {
                continue;
            }
            if (!SurveyParser.XML_NAME.matcher(choice.name()).matches()) {
                diag.error(SurveyParser.CHOICES, choice.row(), "name", "form.compile.nameInvalid", choice.name());
                continue;
            }
            Map<String, String> labels = choice.texts().getOrDefault("label", Map.of());
            FormElement group = new FormElement(FormElement.Kind.GROUP, choice.name(), loop.row);
            if (!labels.isEmpty()) {
                group.texts.put("label", new LinkedHashMap<>(labels));
            }
            String anyLabel = labels.isEmpty() ? choice.name() : labels.values().iterator().next();
            String plainLabel = labels.getOrDefault(ColumnName.DEFAULT_LANGUAGE, anyLabel);
            for (FormElement child : template) {
                FormElement copy = child.copy(
                        v -> fill(v, choice.name(), plainLabel),
                        (lang, text) -> fill(text, choice.name(), labels.getOrDefault(lang, plainLabel)));
                if (!SurveyParser.XML_NAME.matcher(copy.name).matches()) {
                    diag.error(SurveyParser.SURVEY, child.row, "name", "form.compile.nameInvalid", copy.name);
                    continue;
                }
                group.add(copy);
            }
            loop.add(group);
        }
        FormElement repeat = firstRepeat(template);
        if (repeat != null && loop.children.size() > 1) {
            diag.error(SurveyParser.SURVEY, repeat.row, "name", "form.compile.repeatInLoop", repeat.name);
        }
    }

    /** A repeat copied once per choice would have the same name each time; repeat names are unique in a form. */
    private static FormElement firstRepeat(List<FormElement> elements) {
        for (FormElement e : elements) {
            if (e.kind == FormElement.Kind.REPEAT) {
                return e;
            }
            FormElement inner = firstRepeat(e.children);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static String fill(String text, String name, String label) {
        return text.replace(NAME, name).replace(LABEL, label);
    }
}
