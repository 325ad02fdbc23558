package org.campo.collect;

/**
 * Where and with whom a submission is started.
 *
 * @param siteCode      the flow monitoring point (from the enumerator's shift), or null
 * @param participantId the consenting participant for interviews, or null for anonymous forms
 */
public record StartOptions(String siteCode, String participantId) {
    public static final StartOptions NONE = new StartOptions(null, null);
}
