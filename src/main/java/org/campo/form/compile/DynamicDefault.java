package org.campo.form.compile;

import java.util.EnumSet;
import java.util.Set;

/**
 * Decides whether a {@code default} cell is a literal (written into the instance) or an
 * expression (evaluated when the form or a repeat instance is created, through setvalue), with
 * pyxform's rule on the cell's tokens ({@link ExpressionTokens}): an operator, a union, a {@code ${reference}} or a function call makes it dynamic, except that for dates,
 * date-times and geo types a minus sign met before any of those keeps it literal.
 */
final class DynamicDefault {
    /** pyxform also lists "XPATH_PRED", a kind its lexer never produces, so a predicate alone stays literal. */
    private static final Set<ExpressionTokens.Kind> DYNAMIC = EnumSet.of(ExpressionTokens.Kind.OPS_MATH,
            ExpressionTokens.Kind.OPS_UNION, ExpressionTokens.Kind.PYXFORM_REF, ExpressionTokens.Kind.FUNC_CALL);
    private static final Set<String> HYPHENATED_TYPES = Set.of("date", "dateTime", "geopoint", "geotrace", "geoshape");

    private DynamicDefault() {
    }

    static boolean isDynamic(String value, String type) {
        boolean hyphenated = HYPHENATED_TYPES.contains(type);
        for (ExpressionTokens.Token t : ExpressionTokens.of(value)) {
            if (hyphenated && t.kind() == ExpressionTokens.Kind.OPS_MATH && t.value().equals("-")) {
                return false;
            }
            if (DYNAMIC.contains(t.kind())) {
                return true;
            }
        }
        return false;
    }
}
