package org.campo.qda.refi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code's definition and criteria in one REFI-QDA {@code Description}: the format has no place
 * for inclusion and exclusion criteria or an example, so they follow the definition as labelled
 * paragraphs ({@code Inclusion: …}), which other tools show as text and Campo reads back.
 */
record CodeDescription(String definition, String inclusion, String exclusion, String example) {
    private static final Pattern PARAGRAPH = Pattern.compile("\\n\\n(Inclusion|Exclusion|Example): ");

    static String write(String definition, String inclusion, String exclusion, String example) {
        StringBuilder b = new StringBuilder(definition == null ? "" : definition.strip());
        append(b, "Inclusion", inclusion);
        append(b, "Exclusion", exclusion);
        append(b, "Example", example);
        return b.toString();
    }

    private static void append(StringBuilder b, String label, String value) {
        if (value != null && !value.isBlank()) {
            b.append("\n\n").append(label).append(": ").append(value.strip());
        }
    }

    static CodeDescription parse(String description) {
        if (description == null) {
            return new CodeDescription(null, null, null, null);
        }
        String text = description.replace("\r\n", "\n");
        Matcher m = PARAGRAPH.matcher(text);
        String definition = null;
        String inclusion = null;
        String exclusion = null;
        String example = null;
        int last = 0;
        String label = null;
        while (m.find()) {
            String part = text.substring(last, m.start());
            if (label == null) {
                definition = part;
            } else {
                switch (label) {
                    case "Inclusion" -> inclusion = part;
                    case "Exclusion" -> exclusion = part;
                    default -> example = part;
                }
            }
            label = m.group(1);
            last = m.end();
        }
        String rest = text.substring(last);
        if (label == null) {
            definition = rest;
        } else {
            switch (label) {
                case "Inclusion" -> inclusion = rest;
                case "Exclusion" -> exclusion = rest;
                default -> example = rest;
            }
        }
        return new CodeDescription(emptyToNull(definition), emptyToNull(inclusion), emptyToNull(exclusion),
                emptyToNull(example));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
