package org.campo.export.summary;

import java.time.Instant;
import java.time.LocalDate;

/** What the title page says: which data, which period, which rules, and the audit chain head. */
public record SummaryHeader(String studyName, String formId, String formTitle, LocalDate from, LocalDate to,
                            long submissions, int minCell, boolean sensitiveIncluded, String auditHead,
                            Instant generatedAt) {
}
