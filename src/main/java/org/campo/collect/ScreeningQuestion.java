package org.campo.collect;

import java.util.LinkedHashMap;
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
    private static final Pattern LANGUAGE_CODE = Pattern.compile("\\(([A-Za-z]{2,3})\\)\\s*$");

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

    static String languageCode(String formLanguage) {
        if (formLanguage == null || formLanguage.isBlank()) {
            return "und";
        }
        Matcher m = LANGUAGE_CODE.matcher(formLanguage);
        return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : formLanguage;
    }
}
