package org.campo.export.summary;

import java.time.LocalDate;
import java.util.List;

/** A case flagged for referral: where and when, and which vulnerabilities led to the flag. */
public record ReferralCase(String key, LocalDate date, String site, List<String> vulnerabilities, String accepted) {
    public ReferralCase {
        vulnerabilities = List.copyOf(vulnerabilities);
    }
}
