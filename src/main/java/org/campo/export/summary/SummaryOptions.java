package org.campo.export.summary;

import java.util.List;

/**
 * What a summary export contains.
 *
 * @param formId           the form (every version, read against the newest one's variables)
 * @param format           XLSX or PDF
 * @param byVariables      variables to cross every closed question by (names, or {@code site})
 * @param minCell          counts below this are suppressed (at least 1; the default is 5)
 * @param language         {@code es}, {@code en} or a form language name; null: the form's default
 * @param includeSensitive summarise sensitive fields and add the referral list (coordinators; audited)
 */
public record SummaryOptions(String formId, SummaryFormat format, List<String> byVariables, int minCell,
                             String language, boolean includeSensitive) {
    public static final int DEFAULT_MIN_CELL = 5;

    public SummaryOptions {
        byVariables = List.copyOf(byVariables);
        if (minCell < 1) {
            throw new IllegalArgumentException("minCell must be at least 1");
        }
    }

    public static SummaryOptions defaults(String formId, SummaryFormat format) {
        return new SummaryOptions(formId, format, List.of(), DEFAULT_MIN_CELL, null, false);
    }

    public SummaryOptions by(String... variables) {
        return new SummaryOptions(formId, format, List.of(variables), minCell, language, includeSensitive);
    }

    public SummaryOptions withLanguage(String lang) {
        return new SummaryOptions(formId, format, byVariables, minCell, lang, includeSensitive);
    }

    public SummaryOptions withSensitive(boolean include) {
        return new SummaryOptions(formId, format, byVariables, minCell, language, include);
    }
}
