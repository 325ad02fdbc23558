package org.campo.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One link of the audit chain. {@code subjectDigest} is the SHA-256 of the audited row as
 * stored right after the change; verification recomputes it, so editing a consent record
 * behind Campo's back is caught even though the chain itself is intact.
 *
 * <p>Details never hold responses or other sensitive values: IRB reviewers read this log.
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String subjectId,
                         String subjectDigest, String details, String prevHash, String hash) {

    /**
     * The canonical bytes that are hashed: every field length-prefixed, so that no two
     * different entries share an encoding.
     */
    public byte[] canonical() {
        StringBuilder sb = new StringBuilder();
        for (String f : new String[] {Long.toString(seq), at.toString(), actor, action, subject, subjectId,
                subjectDigest, details}) {
            if (f == null) {
                sb.append("~;");
            } else {
                sb.append(f.length()).append(':').append(f).append(';');
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
