package org.campo.form.compile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Warnings for the author mistakes pyxform warns about: a sheet name that is a near miss of
 * an XLSForm sheet (so its content is silently ignored), translation languages without a
 * machine-readable code, a translated column missing for a language (the text falls back to
 * "-"), or_other combined with translations, and image questions without max-pixels. The form
 * still compiles; the warnings point at the sheet and row to look at.
 */
final class AuthorWarnings {
    private static final List<String> KNOWN_SHEETS = List.of(SurveyParser.SURVEY, SurveyParser.CHOICES,
            SurveyParser.SETTINGS, SurveyParser.EXTERNAL_CHOICES, "entities");
    /** {@code Name (code)}, as xlsform.org recommends, so clients can match the device language. */
    private static final Pattern LANGUAGE_WITH_CODE = Pattern.compile(".*\\([A-Za-z]{2,3}(-[A-Za-z0-9]+)*\\)\\s*$");

    private final Workbook workbook;
    private final Diagnostics diag;

    AuthorWarnings(Workbook workbook, Diagnostics diag) {
        this.workbook = workbook;
        this.diag = diag;
    }

    void check(FormDefinition form) {
        misspelledSheets();
        languages();
        questions(form, form.root);
    }

    private void misspelledSheets() {
        for (Sheet sheet : workbook.sheets()) {
            String name = sheet.name().strip().toLowerCase(Locale.ROOT);
            for (String known : KNOWN_SHEETS) {
                if (!name.equals(known) && workbook.sheet(known).isEmpty() && distance(name, known) <= 2) {
                    diag.warning(sheet.name(), 0, "", "form.compile.sheetNameSimilar", sheet.name(), known);
                }
            }
        }
    }

    private void languages() {
        Set<String> withoutCode = new TreeSet<>();
        for (String sheetName : List.of(SurveyParser.SURVEY, SurveyParser.CHOICES)) {
            workbook.sheet(sheetName).ifPresent(sheet -> {
                Set<String> languages = new LinkedHashSet<>();
                Set<String> columns = new LinkedHashSet<>();
                Set<String> pairs = new LinkedHashSet<>();
                for (String header : sheet.headers()) {
                    ColumnName col = ColumnName.parse(header);
                    if (col.language() != null && ColumnName.isTranslatable(col.base())) {
                        languages.add(col.language());
                        columns.add(col.base());
                        pairs.add(col.base() + "\u0000" + col.language());
                        if (!LANGUAGE_WITH_CODE.matcher(col.language()).matches()) {
                            withoutCode.add(col.language());
                        }
                    }
                }
                for (String language : languages) {
                    for (String column : columns) {
                        if (!pairs.contains(column + "\u0000" + language)) {
                            diag.warning(sheetName, 0, column, "form.compile.translationMissing", language, column);
                        }
                    }
                }
            });
        }
        if (!withoutCode.isEmpty()) {
            diag.warning(SurveyParser.SURVEY, 0, "", "form.compile.languageWithoutCode", String.join(", ", withoutCode));
        }
    }

    private void questions(FormDefinition form, FormElement container) {
        for (FormElement e : container.children) {
            if (e.isContainer()) {
                questions(form, e);
                continue;
            }
            if (e.orOther && e.texts.values().stream().anyMatch(t -> t.keySet().stream()
                    .anyMatch(l -> !l.equals(ColumnName.DEFAULT_LANGUAGE)))) {
                diag.warning(SurveyParser.SURVEY, e.row, e.header("type"), "form.compile.orOtherTranslated");
            }
            if (e.type.name().equals("image") && !e.parameters.containsKey("max-pixels")) {
                diag.warning(SurveyParser.SURVEY, e.row, e.header("parameters"), "form.compile.imageMaxPixels");
            }
        }
    }

    /** Levenshtein distance, for near-miss sheet names. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
