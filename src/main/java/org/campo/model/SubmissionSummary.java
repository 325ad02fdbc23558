package org.campo.model;

import java.time.Instant;

/** The clear columns of a submission: enough to list them without decrypting anything. */
public record SubmissionSummary(String id, String formRef, SubmissionStatus status, int rev, Instant createdAt,
                                Instant updatedAt, String siteCode, String memberId, String participantId) {
}
