package org.campo.export.summary;

import java.util.List;

/**
 * Everything a summary export shows, already counted and suppressed, so that the XLSX and PDF
 * writers (and a dashboard) only lay it out and cannot show a hidden cell by mistake.
 *
 * @param flow             the flow-count section, or null for other forms
 * @param referrals        the referral list, or null when not asked for
 * @param sensitiveOmitted labels of sensitive variables left out
 */
public record SummaryReport(SummaryHeader header, List<PublishedTable> frequencies, List<PublishedTable> crossTabs,
                            List<NumericSummary> numbers, FlowReport flow, List<ReferralCase> referrals,
                            List<String> sensitiveOmitted) {
    public SummaryReport {
        frequencies = List.copyOf(frequencies);
        crossTabs = List.copyOf(crossTabs);
        numbers = List.copyOf(numbers);
        referrals = referrals == null ? null : List.copyOf(referrals);
        sensitiveOmitted = List.copyOf(sensitiveOmitted);
    }
}
