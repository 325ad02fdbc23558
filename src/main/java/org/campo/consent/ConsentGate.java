package org.campo.consent;

/**
 * What the form-opening code must ask before an interview starts (the UI's check goes
 * through this same gate, so no screen or command can skip it).
 */
public interface ConsentGate {
    /**
     * The consent that allows interviewing this participant.
     *
     * @throws org.campo.common.CampoException {@code consent.required} when there is no consent
     *         granting participation (or a minor lacks guardian consent or assent),
     *         {@code consent.withdrawn} after a withdrawal
     */
    ConsentRecord requireConsentToInterview(String participantId);

    /**
     * Like {@link #requireConsentToInterview} and also checks one permission, e.g. before
     * starting an audio recording. Refused with {@code consent.permissionRefused}.
     */
    ConsentRecord requirePermission(String participantId, ConsentPermission permission);
}
