package org.campo.form.runtime;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.instance.TreeElement;
import org.javarosa.core.services.locale.Localizer;

/** What Campo needs to know about a form without running it, read from a parsed definition. */
record FormMetadata(String formId, String version, String title, List<String> languages,
                    String defaultLanguage, Set<String> sensitivePaths, Set<String> repeatPaths) {

    /** Namespace of Campo's own bind attributes, e.g. {@code campo:sensitive}. */
    static final String CAMPO_NAMESPACE = "https://campo.org/xforms";

    static FormMetadata of(FormDef formDef) {
        TreeElement root = formDef.getMainInstance().getRoot();
        String id = root.getAttributeValue(null, "id");
        String version = root.getAttributeValue(null, "version");
        String title = formDef.getTitle() != null ? formDef.getTitle() : formDef.getName();
        Localizer localizer = formDef.getLocalizer();
        List<String> languages = localizer == null ? List.of() : List.of(localizer.getAvailableLocales());
        String defaultLanguage = localizer == null ? null : localizer.getDefaultLocale();
        Set<String> sensitive = new LinkedHashSet<>();
        Set<String> repeats = new LinkedHashSet<>();
        collect(root, "/" + root.getName(), sensitive, repeats);
        return new FormMetadata(id == null ? root.getName() : id, emptyToNull(version), title, languages,
                defaultLanguage, Set.copyOf(sensitive), Set.copyOf(repeats));
    }

    private static void collect(TreeElement element, String path, Set<String> sensitive, Set<String> repeats) {
        String flag = element.getBindAttributeValue(CAMPO_NAMESPACE, "sensitive");
        if (flag != null && (flag.equalsIgnoreCase("yes") || flag.equalsIgnoreCase("true")
                || flag.equals("true()"))) {
            sensitive.add(path);
        }
        if (element.isRepeatable()) {
            repeats.add(path);
        }
        for (int i = 0; i < element.getNumChildren(); i++) {
            TreeElement child = element.getChildAt(i);
            collect(child, path + "/" + child.getName(), sensitive, repeats);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
