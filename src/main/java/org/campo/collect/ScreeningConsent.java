package org.campo.collect;

import java.util.List;
import java.util.Map;

/**
 * Records the screening consent question of a survey (the flow monitoring survey asks
 * "Do you agree to take part?" before anything else) as a consent record, the same way as
 * an interview's consent. The consent feature implements it; the composition root wires it,
 * so collecting data does not depend on how consent is stored.
 */
public interface ScreeningConsent {

    /**
     * Makes sure the consent script for a form's screening text exists in each language, as a
     * new version when the text changed. Called when the form is imported.
     *
     * @param formId form id
     * @param title  form title
     * @param texts  the screening question's text by language code (es, en)
     * @return the languages whose text could not become a script (e.g. a language name that
     *         is not a code); the import goes on and warns about them, it never fails here
     */
    List<String> ensureScript(String formId, String title, Map<String, String> texts);

    /**
     * Records the answer and returns the (pseudonymous, generated) participant id that the
     * submission is then linked to, so that a later withdrawal finds it.
     */
    String record(String formId, String languageCode, String siteCode, boolean agreed);

    /** For studies and tests without the consent feature. */
    ScreeningConsent NONE = new ScreeningConsent() {
        @Override
        public List<String> ensureScript(String formId, String title, Map<String, String> texts) {
            return List.of();
        }

        @Override
        public String record(String formId, String languageCode, String siteCode, boolean agreed) {
            return null;
        }
    };
}
