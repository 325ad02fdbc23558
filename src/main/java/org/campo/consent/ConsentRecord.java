package org.campo.consent;

import java.time.Instant;
import java.util.Map;

/**
 * A recorded consent event, as IRB reviewers may see it: which text (script, version,
 * language), how, what was granted or refused, when, where and by whom. No responses.
 */
public record ConsentRecord(String id, String participantId, String participantCode, ConsentScript script,
                            ConsentMode mode, Map<ConsentPermission, Boolean> decisions, Instant obtainedAt,
                            String siteCode, String researcherId, String researcherName, boolean minor,
                            Boolean guardianConsent, Boolean assent, String attestation, String witness) {
    public ConsentRecord {
        Map<ConsentPermission, Boolean> copy = new java.util.EnumMap<>(ConsentPermission.class);
        copy.putAll(decisions);
        decisions = java.util.Collections.unmodifiableMap(copy);
    }

    public boolean granted(ConsentPermission permission) {
        return Boolean.TRUE.equals(decisions.get(permission));
    }

    /** Participation granted and, for a minor, both guardian consent and assent given. */
    public boolean allowsInterview() {
        return granted(ConsentPermission.PARTICIPATE)
                && (!minor || (Boolean.TRUE.equals(guardianConsent) && Boolean.TRUE.equals(assent)));
    }
}
