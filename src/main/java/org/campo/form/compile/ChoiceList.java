package org.campo.form.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The choices sharing one {@code list_name}, in sheet order. */
final class ChoiceList {
    final String name;
    final List<Choice> choices = new ArrayList<>();
    /** Whether an or_other question already appended the generated "other" choice. */
    boolean otherAdded;

    ChoiceList(String name) {
        this.name = name;
    }

    /**
     * Choices need itext (and an {@code itextId} per item) when any label is translated, refers
     * to an answer ({@code ${name}}) or any choice has media; otherwise labels are written inline
     * in the secondary instance.
     */
    boolean needsItext() {
        for (Choice c : choices) {
            for (Map.Entry<String, Map<String, String>> e : c.texts().entrySet()) {
                if (ColumnName.isMedia(e.getKey())) {
                    return true;
                }
                if (e.getValue().values().stream().anyMatch(ReferenceResolver::hasReference)) {
                    return true; // a label that shows an answer needs an <output>, which only itext can hold
                }
                for (String lang : e.getValue().keySet()) {
                    if (!lang.equals(ColumnName.DEFAULT_LANGUAGE)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
