package org.campo.model;

import java.time.Instant;

/**
 * A filled (or partly filled) form. {@code instanceXml} is the XForm instance, the format ODK
 * tools read; {@code rev} increases on every save so merges can tell newer from older.
 */
public record Submission(String id, String formRef, SubmissionStatus status, int rev, Instant createdAt,
                         Instant updatedAt, String siteCode, String deviceId, String memberId,
                         String participantId, String instanceXml) {

    public Submission withInstance(String xml, SubmissionStatus newStatus, Instant at) {
        return new Submission(id, formRef, newStatus, rev + 1, createdAt, at, siteCode, deviceId, memberId,
                participantId, xml);
    }
}
