package org.campo.qda.refi;

import java.util.Locale;

/**
 * How line breaks are written in an export's text files. Positions are Unicode code points over
 * the file as shipped, so with {@link #CRLF} a line break counts as two (as NVivo and MAXQDA count
 * it) and every position after it moves; {@link #convert} gives the text and the map.
 */
public enum LineEndings {
    LF("\n"),
    CRLF("\r\n");

    private final String separator;

    LineEndings(String separator) {
        this.separator = separator;
    }

    /** {@code lf} or {@code crlf}, as the command line writes it. */
    public static LineEndings parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    /** A text with its line breaks rewritten, and where each old position now is. */
    public record Converted(String text, int[] map) {
        /** The new position (code points) of old position {@code codePoint} (0..old length). */
        public int position(int codePoint) {
            return map[codePoint];
        }

        /** The length of the new text in code points. */
        public int length() {
            return map[map.length - 1];
        }
    }

    /**
     * Rewrites every line break ({@code \r\n}, {@code \n} or a lone {@code \r}) as this kind.
     * A position between the two characters of a {@code \r\n} maps to the start of the new break.
     */
    public Converted convert(String text) {
        int n = text.codePointCount(0, text.length());
        int[] map = new int[n + 1];
        StringBuilder out = new StringBuilder(text.length() + 16);
        int cp = 0;
        int outCp = 0;
        int i = 0;
        int sepLen = separator.length();
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (c == '\r' || c == '\n') {
                map[cp] = outCp;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    map[cp + 1] = outCp;
                    cp += 2;
                    i += 2;
                } else {
                    cp++;
                    i++;
                }
                out.append(separator);
                outCp += sepLen;
                continue;
            }
            map[cp] = outCp;
            out.appendCodePoint(c);
            cp++;
            outCp++;
            i += Character.charCount(c);
        }
        map[n] = outCp;
        return new Converted(out.toString(), map);
    }
}
