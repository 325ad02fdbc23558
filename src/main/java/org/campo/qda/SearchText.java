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
    /** Folded forms of the non-ASCII characters met so far (a few hundred in practice). */
    private static final java.util.Map<Integer, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();
    private final String folded;
    private final int[] origin;
    private final int length;
    private final Positions positions;

    private SearchText(String folded, int[] origin, int length, Positions positions) {
        this.folded = folded;
        this.origin = origin;
        this.length = length;
        this.positions = positions;
    }

    /** Code point to UTF-16 index of the original text, in constant time. */
    Positions positions() {
        return positions;
    }

    static SearchText of(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 8];
        int cp = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c < 0x80) {
                if (sb.length() + 1 > origin.length) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                }
                origin[sb.length()] = cp;
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : (char) c);
                i++;
                cp++;
                continue;
            }
            String f = FOLDED.computeIfAbsent(c, SearchText::fold);
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
        return new SearchText(sb.toString(), origin, cp, Positions.of(text));
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

    /** Converts code points to UTF-16 indexes of one text without walking it each time. */
    static final class Positions {
        private final String text;
        private final int[] utf16;

        private Positions(String text, int[] utf16) {
            this.text = text;
            this.utf16 = utf16;
        }

        /** Identity for texts without surrogate pairs (most), a table otherwise. */
        static Positions of(String text) {
            boolean pairs = false;
            for (int i = 0; i < text.length() && !pairs; i++) {
                pairs = Character.isSurrogate(text.charAt(i));
            }
            if (!pairs) {
                return new Positions(text, null);
            }
            int[] table = new int[text.codePointCount(0, text.length()) + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                table[cp++] = i;
            }
            table[cp] = text.length();
            return new Positions(text, table);
        }

        int utf16(int codePoint) {
            return utf16 == null ? codePoint : utf16[codePoint];
        }

        int length() {
            return utf16 == null ? text.length() : utf16.length - 1;
        }

        String slice(int start, int end) {
            return text.substring(utf16(start), utf16(end));
        }
    }
}
