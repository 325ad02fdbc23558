package org.campo.form.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Collects the XForm's translated texts ({@code <itext>}). Every language lists every id. As in
 * pyxform, a language lacking the plain text of an id that has plain text elsewhere gets "-"
 * (even when it has media or guidance for it), so clients never show an empty prompt silently;
 * an id that is media-only everywhere stays empty in the languages without that media.
 */
final class Itext {
    private final Map<String, Map<String, List<XmlNode>>> texts = new LinkedHashMap<>();
    private final Set<String> languages = new LinkedHashSet<>();
    /** The name untranslated columns are written under: the {@code default_language} setting, else "default". */
    private final String untranslatedLanguage;

    Itext() {
        this(ColumnName.DEFAULT_LANGUAGE);
    }

    Itext(String untranslatedLanguage) {
        this.untranslatedLanguage = untranslatedLanguage;
    }

    /**
     * Adds a value (with optional {@code form}, e.g. image or guidance) for one id and language.
     * Text of an untranslated column goes under the default language's name, as in pyxform, so
     * a form with {@code label}, {@code label::French} and {@code default_language = English}
     * offers "English", not "default"; a column named in that language wins over it.
     */
    void add(String id, String language, String form, XmlNode value) {
        boolean untranslated = language.equals(ColumnName.DEFAULT_LANGUAGE);
        String lang = untranslated ? untranslatedLanguage : language;
        if (form != null) {
            value.attr("form", form);
        }
        List<XmlNode> values = texts.computeIfAbsent(id, k -> new LinkedHashMap<>())
                .computeIfAbsent(lang, k -> new ArrayList<>());
        boolean sameForm = values.stream().anyMatch(v -> Objects.equals(v.attributes.get("form"), form));
        if (sameForm && untranslated && !lang.equals(language)) {
            return; // the untranslated text yields to the column written in the default language
        }
        if (sameForm && !untranslated && lang.equals(untranslatedLanguage)) {
            values.removeIf(v -> Objects.equals(v.attributes.get("form"), form));
        }
        languages.add(lang);
        values.add(value);
    }

    boolean isEmpty() {
        return texts.isEmpty();
    }

    Set<String> languages() {
        return languages;
    }

    XmlNode toXml(String defaultLanguage) {
        XmlNode itext = new XmlNode("itext");
        List<String> ordered = new ArrayList<>(languages);
        if (ordered.remove(defaultLanguage)) {
            ordered.add(0, defaultLanguage);
        }
        for (String lang : ordered) {
            XmlNode translation = itext.child("translation").attr("lang", lang);
            if (lang.equals(defaultLanguage)) {
                translation.attr("default", "true()");
            }
            texts.forEach((id, byLang) -> {
                XmlNode text = translation.child("text").attr("id", id);
                List<XmlNode> values = byLang.getOrDefault(lang, List.of());
                values.forEach(v -> text.add(v.copy()));
                if (hasPlainValue(byLang) && !values.stream().anyMatch(Itext::isPlain)) {
                    text.child("value").text("-");
                }
                // guidance is text too: a language without it shows "-" (media stays absent)
                if (hasForm(byLang, "guidance") && values.stream().noneMatch(v -> "guidance".equals(v.attributes.get("form")))) {
                    text.child("value").attr("form", "guidance").text("-");
                }
            });
        }
        return itext;
    }

    private static boolean isPlain(XmlNode value) {
        return !value.attributes.containsKey("form");
    }

    private static boolean hasForm(Map<String, List<XmlNode>> byLang, String form) {
        return byLang.values().stream().flatMap(List::stream).anyMatch(v -> form.equals(v.attributes.get("form")));
    }

    private static boolean hasPlainValue(Map<String, List<XmlNode>> byLang) {
        return byLang.values().stream().flatMap(List::stream).anyMatch(Itext::isPlain);
    }
}
