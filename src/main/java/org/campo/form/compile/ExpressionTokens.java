package org.campo.form.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pyxform's expression lexer ({@code pyxform.parsing.expression}): splits a cell into typed
 * tokens, trying the token kinds in pyxform's priority order at each position (the first kind
 * that matches wins, not the longest), so that decisions made on tokens, such as whether a
 * default is dynamic, come out as pyxform's do.
 */
final class ExpressionTokens {

    /** Token kinds in pyxform's priority order (highest first). */
    enum Kind {
        DATETIME, DATE, TIME, NUMBER, OPS_MATH, OPS_COMP, OPS_BOOL, OPS_UNION, OPEN_PAREN, CLOSE_PAREN,
        BRACKET, PARENT_REF, SELF_REF, PATH_SEP, SYSTEM_LITERAL, COMMA, WHITESPACE, PYXFORM_REF, FUNC_CALL,
        XPATH_PRED_START, XPATH_PRED_END, URI_SCHEME, NAME, PYXFORM_REF_START, PYXFORM_REF_END, OTHER
    }

    record Token(Kind kind, String value) {
    }

    private static final String NAME_START = "[A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D"
            + "\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF"
            + "\\uFDF0-\\uFFFD\\x{10000}-\\x{EFFFF}]";
    private static final String NAME_CHAR = "(?:" + NAME_START + "|[-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040])";
    private static final String NCNAME = NAME_START + NAME_CHAR + "*";
    private static final String NCNAME_NS = NCNAME + "(?::" + NCNAME + ")?";
    private static final String DATE = "-?\\d{4}-\\d{2}-\\d{2}";
    private static final String TIME = "\\d{2}:\\d{2}:\\d{2}(?:\\.\\s+)?(?:(?:[+\\-]\\d{2}:\\d{2})|Z)?";
    private static final String[] PATTERNS = {
        DATE + "T" + TIME,
        DATE,
        TIME,
        "-?\\d+\\.\\d*|-?\\.\\d+|-?\\d+",
        "[*+\\-]| mod | div ",
        "=|!=|<|>|<=|>=",
        " and | or ",
        "\\|",
        "\\(",
        "\\)",
        "[\\[{}]",
        "\\.\\.",
        "\\.",
        "/",
        "\"[^\"]*\"|'[^']*'",
        ",",
        "\\s+",
        "\\$\\{(?:last-saved#)?" + NCNAME + "\\}",
        NCNAME_NS + "\\(",
        NCNAME_NS + "\\[",
        "\\]",
        NCNAME + ":/{2}",
        NCNAME_NS,
        "\\$\\{",
        "\\}",
        "(?s).",
    };
    private static final Pattern LEXER = union();

    private ExpressionTokens() {
    }

    private static Pattern union() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < PATTERNS.length; i++) {
            sb.append(i == 0 ? "" : "|").append("(").append(PATTERNS[i]).append(")");
        }
        return Pattern.compile(sb.toString());
    }

    /** The tokens of {@code text}, whitespace included, in order. */
    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = LEXER.matcher(text);
        int at = 0;
        while (at < text.length() && m.find(at) && m.start() == at) {
            Kind kind = null;
            for (int g = 1; g <= PATTERNS.length; g++) {
                if (m.start(g) >= 0) {
                    kind = Kind.values()[g - 1];
                    break;
                }
            }
            tokens.add(new Token(kind, m.group()));
            at = m.end();
        }
        return tokens;
    }
}
