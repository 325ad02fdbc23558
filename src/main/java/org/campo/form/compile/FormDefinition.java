package org.campo.form.compile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parsed XLSForm, independent of its container: the survey tree, the choice lists and
 * the settings. {@link XFormWriter} turns it into XML.
 */
final class FormDefinition {
    final FormElement root;
    final Map<String, ChoiceList> choiceLists = new LinkedHashMap<>();
    final Map<String, ChoiceList> externalLists = new LinkedHashMap<>();
    final Map<String, String> settings = new LinkedHashMap<>();
    String formId;
    String title;
    String version;
    String defaultLanguage = ColumnName.DEFAULT_LANGUAGE;

    FormDefinition(FormElement root) {
        this.root = root;
    }

    /** pyxform's {@code omit_instanceID} setting: no {@code meta/instanceID} in the XForm (Campo adds one when filling). */
    boolean omitsInstanceId() {
        return XFormContext.isYes(setting("omit_instanceid"));
    }

    String setting(String key) {
        String v = settings.get(key);
        return v == null ? "" : v;
    }
}
