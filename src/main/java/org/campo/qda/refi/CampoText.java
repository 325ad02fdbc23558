package org.campo.qda.refi;

import java.text.Normalizer;

/**
 * Brings an imported text to Campo's one form (one LF per line break, composed characters, as
 * {@code qda.SourceFiles} does for files) and keeps a map from the positions counted in the
 * file to positions in that form. macOS tools write "ê" as "e" plus a combining accent: two code
 * points in their file, one in Campo, so every position after it moves by one.
 */
final class CampoText {
    private CampoText() {
    }

    /** How a tool counted the positions it wrote. */
    enum Counting {
        /** Code points over the file as shipped (the standard; MAXQDA, QualCoder, Campo). */
        CODE_POINTS,
        /** Code points with a line break counted as one (ATLAS.ti, whose files hold CRLF). */
        NEWLINE_ONE,
        /** UTF-16 units over the file as shipped: an emoji counts two (NVivo). */
        UTF16_UNITS
    }

    static LineEndings.Converted of(String raw, boolean newlineCountsOne) {
        return of(raw, newlineCountsOne ? Counting.NEWLINE_ONE : Counting.CODE_POINTS);
    }

    static LineEndings.Converted of(String raw, Counting counting) {
        boolean newlineCountsOne = counting == Counting.NEWLINE_ONE;
        // Step 1: line breaks. Positions as counted by the tool -> positions over the LF text.
        LineEndings.Converted lf = LineEndings.LF.convert(raw);
        String text = lf.text();
        int n = text.codePointCount(0, text.length());
        // Step 2: composition, cluster by cluster (a base character and the marks that follow it).
        int[] nfcMap = new int[n + 1];
        StringBuilder out = new StringBuilder(text.length());
        int cp = 0;
        int outCp = 0;
        int i = 0;
        while (i < text.length()) {
            int start = i;
            int first = text.codePointAt(i);
            i += Character.charCount(first);
            int count = 1;
            while (i < text.length() && isMark(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
                count++;
            }
            String cluster = text.substring(start, i);
            String composed = count == 1 && first < 0x300 ? cluster : Normalizer.normalize(cluster, Normalizer.Form.NFC);
            for (int k = 0; k < count; k++) {
                nfcMap[cp + k] = outCp;
            }
            cp += count;
            out.append(composed);
            outCp += composed.codePointCount(0, composed.length());
        }
        nfcMap[n] = outCp;
        if (counting == Counting.UTF16_UNITS) {
            // A position inside a surrogate pair counts as the start of its character.
            int[] map = new int[raw.length() + 1];
            for (int u = 0; u <= raw.length(); u++) {
                map[u] = nfcMap[lf.position(raw.codePointCount(0, u))];
            }
            return new LineEndings.Converted(out.toString(), map);
        }
        int counted = newlineCountsOne ? n : raw.codePointCount(0, raw.length());
        int[] map = new int[counted + 1];
        for (int p = 0; p <= counted; p++) {
            map[p] = nfcMap[newlineCountsOne ? p : lf.position(p)];
        }
        return new LineEndings.Converted(out.toString(), map);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
