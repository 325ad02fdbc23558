package org.campo.export.summary;

import java.util.Locale;
import org.campo.common.Messages;

/** The report's own words ({@code export.summary.*}) in the language chosen for the report. */
public final class SummaryText {
    private final Locale locale;

    public SummaryText(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        return Messages.get(locale, "export.summary." + key, args);
    }
}
