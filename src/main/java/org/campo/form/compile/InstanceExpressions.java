package org.campo.form.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@code instance('id')/root/item[...]/label} expressions written directly in label and
 * hint text. pyxform turns each into one {@code <output>} so a note can show, for example, the
 * label of the choice picked earlier; without this the expression would be shown as literal text.
 * An expression runs from {@code instance(} to the first whitespace outside brackets and quotes.
 */
final class InstanceExpressions {

    /** A slice of the text: either plain text or a whole instance expression. */
    record Segment(String text, boolean expression) {
    }

    private InstanceExpressions() {
    }

    static boolean present(String text) {
        return text != null && text.contains("instance(");
    }

    static List<Segment> split(String text) {
        List<Segment> out = new ArrayList<>();
        int last = 0;
        int from = 0;
        while (true) {
            int start = text.indexOf("instance(", from);
            if (start < 0) {
                break;
            }
            if (start > 0 && isNameChar(text.charAt(start - 1))) {
                from = start + 1;
                continue;
            }
            int end = end(text, start);
            if (start > last) {
                out.add(new Segment(text.substring(last, start), false));
            }
            out.add(new Segment(text.substring(start, end), true));
            last = end;
            from = end;
        }
        if (last < text.length()) {
            out.add(new Segment(text.substring(last), false));
        }
        return out;
    }

    private static int end(String text, int start) {
        int depth = 0;
        char quote = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (Character.isWhitespace(c) && depth <= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':';
    }
}
