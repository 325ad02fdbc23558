package org.campo.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stored consent event. {@code decisions} maps permission codes to granted (true) or
 * refused (false) in the order of the script. The attestation and the witness are sealed
 * to the row; everything else is clear so the consent log can be listed and checked.
 */
public record ConsentRow(String id, String participantId, String scriptId, String mode, Map<String, Boolean> decisions,
                         Instant obtainedAt, String siteCode, String memberId, boolean minor, Boolean guardianConsent,
                         Boolean assent, String attestation, String witness) {
    public ConsentRow {
        decisions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(decisions));
    }
}
