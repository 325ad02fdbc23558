package org.campo.form.compile;

import java.util.regex.Pattern;

/**
 * Decides whether a {@code default} cell is a literal (written into the instance) or an
 * expression (evaluated when the form or a repeat instance is created, through setvalue), with
 * pyxform's rule: references, function calls and arithmetic make it dynamic; a hyphenated date
 * or a URL stays literal.
 */
final class DynamicDefault {
    private static final Pattern FUNCTION_CALL = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.:\\-]*\\s*\\(");
    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.\\-]*");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}_])-?\\d+(\\.\\d+)?");

    private DynamicDefault() {
    }

    static boolean isDynamic(String value, String type) {
        if (value.contains("${")) {
            return true;
        }
        if (FUNCTION_CALL.matcher(value).find()) {
            return true;
        }
        if (value.matches(".*(^|\\s)(div|mod)(\\s|$).*")) {
            return true;
        }
        String rest = NUMBER.matcher(NAME.matcher(value).replaceAll("")).replaceAll("");
        if (rest.contains("+") || rest.contains("*")) {
            return true;
        }
        boolean temporal = type.equals("date") || type.equals("time") || type.equals("dateTime");
        return !temporal && rest.contains("-");
    }
}
