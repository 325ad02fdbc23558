package org.campo.collect;

/**
 * Where and with whom a submission is started.
 *
 * @param siteCode        the flow monitoring point (from the enumerator's shift), or null
 * @param participantId   the consenting participant for interviews, or null for anonymous forms
 * @param participantCode the participant's pseudonymous code, answered into the form's
 *                        {@code participant_code} question so the researcher does not retype it
 */
public record StartOptions(String siteCode, String participantId, String participantCode) {
    public static final StartOptions NONE = new StartOptions(null, null, null);

    public StartOptions(String siteCode, String participantId) {
        this(siteCode, participantId, null);
    }
}
