package org.campo.form.compile;

import java.util.Locale;
import java.util.Map;

/**
 * Finds cells holding characters that an XForm cannot carry: XML 1.0 has no way to write the
 * control characters below U+0020 other than tab, line feed and carriage return, nor U+FFFE,
 * U+FFFF or half of a surrogate pair, not even as {@code &#…;} references. Such a character
 * would make the compiled form unreadable (or fail to be written at all), so the cell is
 * reported with its sheet, row and column and the character's code, for the author to delete it
 * (they come from text pasted out of other programs and are invisible in a spreadsheet).
 */
final class CellCharacters {
    private CellCharacters() {
    }

    static void check(Workbook workbook, Diagnostics diag) {
        for (Sheet sheet : workbook.sheets()) {
            for (SheetRow row : sheet.rows()) {
                for (Map.Entry<String, String> cell : row.cells().entrySet()) {
                    int bad = firstUnwritable(cell.getValue());
                    if (bad >= 0) {
                        diag.error(sheet.name(), row.number(), cell.getKey(), "form.compile.unwritableCharacter",
                                String.format(Locale.ROOT, "U+%04X", bad));
                    }
                }
            }
        }
    }

    /** The first code point XML 1.0 cannot carry, or -1. Unpaired surrogates count as their own unit. */
    static int firstUnwritable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return c;
            }
            if (Character.isLowSurrogate(c)) {
                return c;
            }
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD;
            if (!allowed) {
                return c;
            }
        }
        return -1;
    }
}
