package org.campo.collect;

/**
 * Asked before an interview starts or resumes for a participant; throws when there is no valid
 * consent (or it was withdrawn). The consent feature implements it; the composition root wires
 * it in, so collecting data does not depend on how consent is stored.
 */
@FunctionalInterface
public interface ConsentCheck {
    void requireConsentToInterview(String participantId);

    /** For studies or tests without participants. */
    ConsentCheck NONE = participantId -> {
        throw new IllegalStateException("no consent feature wired, participant " + participantId);
    };
}
