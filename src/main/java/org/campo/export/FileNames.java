package org.campo.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.campo.common.CampoException;

/**
 * File names made from what a form author wrote (a form id, a repeat name, a consent script
 * key). A form id such as {@code ../../etc/x} must not move an export out of the folder the
 * user chose, nor fail it half-way: every character that is not a letter, a digit, {@code -},
 * {@code _} or {@code .} becomes {@code _}; leading dots go (no hidden or parent names); names
 * Windows reserves ({@code CON}, {@code NUL}, {@code COM1}…) get a leading {@code _}; length
 * is bounded. {@link #inside} resolves the result and checks that it stays in the folder.
 */
public final class FileNames {
    static final int MAX_LENGTH = 80;
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9");

    private FileNames() {
    }

    /** A name safe to use as (part of) a file name on every desktop system; never empty. */
    public static String safe(String name) {
        StringBuilder sb = new StringBuilder();
        String s = name == null ? "" : name;
        for (int i = 0; i < s.length() && sb.length() < MAX_LENGTH; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean ok = Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.';
            sb.appendCodePoint(ok ? cp : '_');
        }
        String out = sb.toString().replaceAll("^[.]+", "").replaceAll("[. ]+$", "");
        if (out.isEmpty() || out.chars().allMatch(c -> c == '_')) {
            out = "form" + out;
        }
        String stem = out.contains(".") ? out.substring(0, out.indexOf('.')) : out;
        if (RESERVED.contains(stem.toLowerCase(Locale.ROOT))) {
            out = "_" + out;
        }
        return out;
    }

    /** {@code dir/fileName}, refused if it would leave {@code dir} (a safety net behind {@link #safe}). */
    public static Path inside(Path dir, String fileName) {
        Path base = dir.toAbsolutePath().normalize();
        Path file = base.resolve(fileName).normalize();
        if (!base.equals(file.getParent())) {
            throw new CampoException("export.fileOutsideFolder", fileName, dir.toString());
        }
        return file;
    }
}
