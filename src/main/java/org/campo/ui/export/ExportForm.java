package org.campo.ui.export;

import java.util.List;
import org.campo.collect.FormLibrary;
import org.campo.form.runtime.FieldSchema;
import org.campo.form.runtime.FormDefinition;

/**
 * The part of a form the export options depend on: its languages (for choice labels), its
 * closed questions (to cross tables by) and whether it has sensitive fields at all (so the
 * screen only says "sensitive fields left out" when something was).
 */
record ExportForm(String formId, String title, List<String> languages, String defaultLanguage,
                  List<FieldSchema> closedQuestions, boolean hasSensitive) {

    static ExportForm of(FormLibrary forms, String formId) {
        var latest = forms.latest(formId);
        FormDefinition definition = forms.definition(latest);
        var fields = definition.schema().fields();
        List<FieldSchema> closed = fields.stream()
                .filter(f -> f.repeatPath() == null && !f.metadata() && f.kind().isCategorical() && !f.sensitive())
                .toList();
        return new ExportForm(formId, latest.title(), definition.languages(),
                definition.defaultLanguage().orElse(definition.languages().isEmpty() ? null
                        : definition.languages().get(0)),
                closed, fields.stream().anyMatch(FieldSchema::sensitive));
    }

    @Override
    public String toString() {
        return title == null || title.isBlank() ? formId : title;
    }
}
