package org.campo.ui.consent;

import java.util.Locale;
import org.campo.collect.FormSummary;

/**
 * Which forms are interviews that need a participant and their consent before a new submission.
 * The rule is the form id: it contains "interview" (case-insensitive), as the shipped
 * {@code campo_key_informant_interview} and {@code campo_in_depth_interview} do, while the
 * anonymous flow count and flow survey do not. A study adding its own interview guide names it
 * the same way. The rule only decides what the screen asks first; the consent gate of the
 * submission service is what actually refuses an interview without consent.
 */
public final class InterviewForms {
    private InterviewForms() {
    }

    public static boolean isInterview(String formId) {
        return formId != null && formId.toLowerCase(Locale.ROOT).contains("interview");
    }

    public static boolean isInterview(FormSummary form) {
        return isInterview(form.form().formId());
    }

    /** The example code to show for a new participant of this form. */
    public static String exampleCode(String formId) {
        String id = formId == null ? "" : formId.toLowerCase(Locale.ROOT);
        return id.contains("key_informant") || id.contains("key-informant") ? "KI-GOV-03" : "P-014";
    }
}
