package org.campo.qda;

/**
 * Converts between Campo's position unit (Unicode code points, as REFI-QDA counts) and UTF-16
 * units (as Java strings and JavaFX text controls count). Only the edges convert: the UI and
 * file formats that count otherwise.
 */
public final class TextPositions {
    private TextPositions() {
    }

    /** The UTF-16 index of code point {@code codePoint} in {@code text}. */
    public static int toUtf16(String text, int codePoint) {
        return text.offsetByCodePoints(0, codePoint);
    }

    /** The code point index of UTF-16 index {@code utf16} (a split surrogate pair counts as its start). */
    public static int toCodePoints(String text, int utf16) {
        return text.codePointCount(0, utf16);
    }

    /** The text of [start, end) in code points. */
    public static String slice(String text, int start, int end) {
        return text.substring(toUtf16(text, start), toUtf16(text, end));
    }
}
