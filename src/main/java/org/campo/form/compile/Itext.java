package org.campo.form.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /** Adds a value (with optional {@code form}, e.g. image or guidance) for one id and language. */
    void add(String id, String language, String form, XmlNode value) {
        if (form != null) {
            value.attr("form", form);
        }
        languages.add(language);
        texts.computeIfAbsent(id, k -> new LinkedHashMap<>()).computeIfAbsent(language, k -> new ArrayList<>())
                .add(value);
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
            });
        }
        return itext;
    }

    private static boolean isPlain(XmlNode value) {
        return !value.attributes.containsKey("form");
    }

    private static boolean hasPlainValue(Map<String, List<XmlNode>> byLang) {
        return byLang.values().stream().flatMap(List::stream).anyMatch(Itext::isPlain);
    }
}
