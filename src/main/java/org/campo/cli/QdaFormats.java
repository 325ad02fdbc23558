package org.campo.cli;

import java.util.Locale;
import org.campo.export.qda.QdaFormat;

/** Reads {@code --format} for the qualitative-analysis exports; an unknown one is a usage error. */
final class QdaFormats {
    private QdaFormats() {
    }

    static QdaFormat parse(String name, QdaFormat... allowed) {
        String n = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        for (QdaFormat f : allowed) {
            if (f.name().equals(n)) {
                return f;
            }
        }
        throw new UsageException("cli.export.formatUnknown", name,
                String.join(", ", java.util.Arrays.stream(allowed).map(QdaFormat::extension).toList()));
    }
}
