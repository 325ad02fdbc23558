package org.campo.form.runtime;

import java.util.Set;

/**
 * The functions the form engine can evaluate: JavaRosa's built-ins (read from
 * {@code XPathFuncExpr} of the JavaRosa version in the pom, {@value FormLoader#SERIAL_FORMAT}),
 * the two handlers every form definition registers ({@code jr:itext}, {@code jr:choice-name}) and
 * Campo's {@code pulldata}. A form calling anything else parses but stops with "cannot handle
 * function" when the expression is first evaluated, in the middle of an interview; the check
 * refuses it instead. {@code FormValidatorTest} keeps this list honest against the engine.
 */
final class EngineFunctions {
    private static final Set<String> KNOWN = Set.of(
            "abs", "acos", "area", "asin", "atan", "atan2", "base64-decode", "boolean", "boolean-from-string",
            "checklist", "coalesce", "concat", "contains", "cos", "count", "count-non-empty", "count-selected",
            "current", "date", "date-time", "decimal-date-time", "decimal-time", "depend", "digest", "distance",
            "enclosed-area", "ends-with", "exp", "exp10", "extract-signed", "false", "format-date",
            "format-date-time", "geofence", "if", "indexed-repeat", "instance", "int", "is-selected", "join", "log",
            "log10", "max", "min", "normalize-space", "not", "now", "number", "once", "pi", "position", "pow",
            "property", "random", "randomize", "regex", "round", "selected", "selected-at", "sin", "sqrt",
            "starts-with", "string", "string-length", "substr", "substring-after", "substring-before", "sum", "tan",
            "today", "translate", "true", "uuid", "version", "weighted-checklist",
            "jr:itext", "jr:choice-name", "pulldata");

    private EngineFunctions() {
    }

    static boolean isKnown(String name) {
        return KNOWN.contains(name);
    }

    static Set<String> all() {
        return KNOWN;
    }
}
