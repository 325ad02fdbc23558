package org.campo.export.consent;

import java.nio.file.Path;
import java.util.Locale;
import org.campo.consent.ConsentLog;
import org.campo.consent.ConsentServices;

/**
 * The consent log (PDF or XLSX) and the IRB package (ZIP) of a study, each written and its
 * export recorded in the audit trail: what the Consent section and the command line both call.
 */
public final class ConsentExports {
    private final ConsentServices consent;

    public ConsentExports(ConsentServices consent) {
        this.consent = consent;
    }

    /** Writes the consent log as PDF ({@code pdf}) or workbook ({@code xlsx}); returns what it holds. */
    public ConsentLog consentLog(Path file, String format, Locale locale) {
        ConsentLog log = consent.log().build();
        if ("pdf".equals(format)) {
            new ConsentLogPdfWriter(locale).write(log, file);
        } else {
            new ConsentLogXlsxWriter(locale).write(log, file);
        }
        consent.log().recordExport("consent-log", format);
        return log;
    }

    /** Writes the package for ethics review; returns the log it holds. */
    public ConsentLog irbPackage(Path file, Locale locale) {
        ConsentLog log = consent.log().build();
        new IrbPackageWriter(locale).write(log, file);
        consent.log().recordExport("irb-package", "zip");
        return log;
    }
}
