package org.campo.study;

import java.time.Instant;
import org.campo.audit.AuditEntry;
import org.campo.store.Repositories;

/**
 * What a change sees while it runs inside a {@link UnitOfWork}: the study's repositories (with
 * the member's role guard around them) and the audit trail that seals the change. Everything
 * written through it, the audit entries included, is committed or rolled back together.
 */
public interface Change {
    /** The repositories of the study, guarded by the member's role. */
    Repositories repositories();

    /** The name the audit entries of this session carry. */
    String actor();

    /** The time of the change (the study's clock). */
    Instant now();

    /**
     * Records the change in the audit trail, inside the same transaction.
     *
     * @param subject   the table the change is about (or {@code null})
     * @param subjectId the row the change is about (or {@code null})
     * @param sealRow   whether to store the digest of that row as it now stands, so a later edit
     *                  behind Campo's back is detected
     */
    AuditEntry audit(String action, String subject, String subjectId, boolean sealRow, String details);

    /** Records an event that concerns no particular row. */
    default AuditEntry audit(String action, String details) {
        return audit(action, null, null, false, details);
    }
}
