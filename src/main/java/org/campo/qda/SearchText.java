package org.campo.qda;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A text folded for search: without accents or other combining marks, in lower case, so
 * {@code migracion} finds {@code migración} and {@code nino} finds {@code Niño}. It keeps, for
 * every folded char, the code point of the original it came from, so a hit maps back to exact
 * positions in the source. Lives in memory only: nothing of it is ever written to disk.
 */
final class SearchText {
    private final String folded;
    private final int[] origin;
    private final int length;

    private SearchText(String folded, int[] origin, int length) {
        this.folded = folded;
        this.origin = origin;
        this.length = length;
    }

    static SearchText of(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 8];
        int cp = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            String f = fold(c);
            if (sb.length() + f.length() > origin.length) {
                origin = java.util.Arrays.copyOf(origin, Math.max(origin.length * 2, sb.length() + f.length()));
            }
            for (int k = 0; k < f.length(); k++) {
                origin[sb.length() + k] = cp;
            }
            sb.append(f);
            i += Character.charCount(c);
            cp++;
        }
        return new SearchText(sb.toString(), origin, cp);
    }

    /** The folded form of a query or a value to compare. */
    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> sb.append(fold(c)));
        return sb.toString();
    }

    private static String fold(int c) {
        if (c < 0x80) {
            return String.valueOf((char) Character.toLowerCase(c));
        }
        String d = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        d.codePoints().filter(x -> Character.getType(x) != Character.NON_SPACING_MARK
                && Character.getType(x) != Character.ENCLOSING_MARK
                && Character.getType(x) != Character.COMBINING_SPACING_MARK)
                .forEach(sb::appendCodePoint);
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Every hit of an already folded query, as [start, end) code points of the original text. */
    java.util.List<int[]> find(String foldedQuery) {
        java.util.List<int[]> hits = new java.util.ArrayList<>();
        if (foldedQuery.isEmpty()) {
            return hits;
        }
        int from = 0;
        while (true) {
            int i = folded.indexOf(foldedQuery, from);
            if (i < 0) {
                return hits;
            }
            int end = i + foldedQuery.length() - 1;
            hits.add(new int[] {origin[i], Math.min(length, origin[end] + 1)});
            from = i + foldedQuery.length();
        }
    }
}
