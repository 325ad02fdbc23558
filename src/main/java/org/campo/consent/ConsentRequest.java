package org.campo.consent;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the researcher captured when asking for consent. The time and the researcher are not
 * here: the service takes them from its clock and from the unlocked member, so they cannot be
 * back-dated or attributed to someone else.
 *
 * @param decisions   every permission the script asks for, granted (true) or refused (false)
 * @param attestation the researcher's statement for verbal consent (required for VERBAL)
 * @param witness     who witnessed it (required for WITNESSED)
 * @param minor       whether the participant is a minor; then guardian consent and assent are required
 */
public record ConsentRequest(String participantId, String scriptId, ConsentMode mode,
                             Map<ConsentPermission, Boolean> decisions, String attestation, String witness,
                             String siteCode, boolean minor, Boolean guardianConsent, Boolean assent) {
    public ConsentRequest {
        decisions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(decisions));
    }

    /** An adult's verbal consent, the common case in interviews on sensitive topics. */
    public static ConsentRequest verbal(String participantId, String scriptId, Map<ConsentPermission, Boolean> decisions,
                                        String attestation, String siteCode) {
        return new ConsentRequest(participantId, scriptId, ConsentMode.VERBAL, decisions, attestation, null, siteCode,
                false, null, null);
    }

    /** The same request for a minor: guardian consent and the minor's own assent. */
    public ConsentRequest forMinor(boolean guardianConsented, boolean minorAssented) {
        return new ConsentRequest(participantId, scriptId, mode, decisions, attestation, witness, siteCode, true,
                guardianConsented, minorAssented);
    }

    public ConsentRequest witnessedBy(String witnessName) {
        return new ConsentRequest(participantId, scriptId, ConsentMode.WITNESSED, decisions, attestation, witnessName,
                siteCode, minor, guardianConsent, assent);
    }
}
