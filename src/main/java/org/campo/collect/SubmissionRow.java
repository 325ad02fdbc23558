package org.campo.collect;

import java.time.Instant;
import org.campo.model.ReviewStatus;
import org.campo.model.SubmissionStatus;

/** One line of the Data section: a submission's clear facts, its review status and corrections. */
public record SubmissionRow(String id, String formRef, SubmissionStatus status, ReviewStatus review, Instant createdAt,
                            Instant updatedAt, String siteCode, String enumerator, int rev, int corrections) {
}
