package org.campo.collect;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campo.form.runtime.FieldKind;
import org.campo.form.runtime.FieldSchema;
import org.campo.form.runtime.FormSchema;

/**
 * Finds a survey's screening consent question: a top-level select_one named {@code consent}
 * with a {@code yes} choice (the convention of the shipped flow monitoring survey and of most
 * XLSForm surveys with a consent screen).
 */
final class ScreeningQuestion {
    private static final Pattern LANGUAGE_CODE = Pattern.compile("\\(([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\\)\\s*$");
    private static final Pattern BARE_CODE = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*");
    /** Language names in English and in the language itself, folded (lower case, no accents), to ISO 639-1 codes. */
    private static final Map<String, String> NAMES = languageNames();

    private ScreeningQuestion() {
    }

    static Optional<FieldSchema> in(FormSchema schema) {
        return schema.fieldsOf(null).stream()
                .filter(f -> f.name().equals("consent") && f.kind() == FieldKind.SELECT_ONE)
                .filter(f -> f.choices().stream().anyMatch(c -> c.value().equals("yes")))
                .findFirst();
    }

    /** The question text by language code ("Español (es)" → "es"; a monolingual form → "und"). */
    static Map<String, String> texts(FieldSchema question) {
        Map<String, String> out = new LinkedHashMap<>();
        question.labels().forEach((language, text) -> out.put(languageCode(language), text));
        return out;
    }

    /**
     * The ISO 639 code of a form language: the code in parentheses ({@code Español (es)}), a bare
     * code ({@code en}, {@code pt-BR}), or a language name in English or in the language itself
     * ({@code English}, {@code french}, {@code Français}), as Kobo tools often name their
     * columns. A name that is none of these comes back unchanged.
     */
    static String languageCode(String formLanguage) {
        if (formLanguage == null || formLanguage.isBlank() || formLanguage.equals("default")) {
            return "und";
        }
        String language = formLanguage.strip();
        Matcher m = LANGUAGE_CODE.matcher(language);
        if (m.find()) {
            return m.group(1).toLowerCase(Locale.ROOT);
        }
        String name = language.replaceAll("\\s*\\([^)]*\\)\\s*$", "");
        String byName = NAMES.get(fold(name));
        if (byName != null) {
            return byName;
        }
        if (BARE_CODE.matcher(name).matches()) {
            String primary = name.split("[-_]")[0].toLowerCase(Locale.ROOT);
            if (NAMES.containsValue(primary) || primary.length() == 3) {
                return primary;
            }
        }
        return formLanguage;
    }

    private static String fold(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> languageNames() {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            if (code.length() != 2) {
                continue;
            }
            Locale locale = Locale.forLanguageTag(code);
            names.putIfAbsent(fold(locale.getDisplayLanguage(Locale.ENGLISH)), code);
            names.putIfAbsent(fold(locale.getDisplayLanguage(locale)), code);
        }
        // Names common in humanitarian tools that the JDK spells differently or does not list
        Map.of("farsi", "fa", "dari", "prs", "haitian creole", "ht", "kreyol", "ht", "creole", "ht",
                "castellano", "es", "rohingya", "rhg", "kurmanji", "kmr", "sorani", "ckb", "chinese mandarin", "zh")
                .forEach(names::putIfAbsent);
        names.remove("");
        return Map.copyOf(names);
    }
}
