package org.campo.export.qda;

import java.util.Locale;
import java.util.Set;
import org.campo.common.CampoException;

/** File formats of the qualitative-analysis exports. */
public enum QdaFormat {
    XLSX, DOCX, PDF;

    /** Parses a format name among those an export allows. */
    public static QdaFormat parse(String name, Set<QdaFormat> allowed) {
        String n = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        for (QdaFormat f : allowed) {
            if (f.name().equals(n)) {
                return f;
            }
        }
        throw new CampoException("export.qda.format", name,
                String.join(", ", allowed.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).sorted().toList()));
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
