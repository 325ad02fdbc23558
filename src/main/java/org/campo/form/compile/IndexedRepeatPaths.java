package org.campo.form.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pyxform's rule for references in an expression that calls {@code indexed-repeat()}: the
 * references given as the value, repeat or nested repeat arguments (1st, 2nd, 4th, 6th) are
 * absolute paths, while those in the index arguments (3rd, 5th) and outside the call are
 * relative like anywhere else. Calls are found as pyxform finds them (up to the first closing
 * parenthesis), so the same expressions get the same paths.
 */
final class IndexedRepeatPaths {
    private static final Pattern CALL = Pattern.compile("indexed-repeat\\([^)]+\\)");
    private static final List<Integer> ABSOLUTE_ARGUMENTS = List.of(0, 1, 3, 5);

    private IndexedRepeatPaths() {
    }

    static boolean applies(String expr) {
        return expr.contains("indexed-repeat(");
    }

    /** Whether the reference {@code ${name}} at [start, end) of {@code expr} must be written absolute. */
    static boolean absolute(String expr, int start, int end, String name) {
        List<int[]> calls = new ArrayList<>();
        Matcher m = CALL.matcher(expr);
        while (m.find()) {
            calls.add(new int[] {m.start(), m.end()});
        }
        int i = 0;
        while (i < calls.size()) {
            int[] call = calls.get(i);
            if (end > call[1]) {
                // pyxform steps its iterator twice here, so the call after the next one is looked at
                if (i + 1 >= calls.size()) {
                    return false;
                }
                i += 2;
                continue;
            }
            if (end < call[0] || start > call[1]) {
                return false;
            }
            String text = expr.substring(call[0], call[1]);
            String[] args = text.substring(text.indexOf('(') + 1, text.length() - 1).split(",", -1);
            Integer index = null;
            for (int a = 0; a < args.length; a++) {
                if (args[a].strip().contains("${" + name + "}")) {
                    index = a;
                }
            }
            return index == null || ABSOLUTE_ARGUMENTS.contains(index);
        }
        return true;
    }
}
