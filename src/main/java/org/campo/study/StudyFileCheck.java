package org.campo.study;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.campo.audit.AuditLog;
import org.campo.audit.AuditVerification;
import org.campo.store.Database;

/**
 * Checks a study file without its key: SQLite's own integrity check and the audit chain with
 * its sealed rows. Both look only at stored bytes, so a reviewer who holds a copy of the file
 * but no passphrase (an IRB member, an auditor) can run them, and running them does not add
 * an "unlocked" entry to the very trail being examined.
 */
public final class StudyFileCheck {
    private final Clock clock;

    public StudyFileCheck(Clock clock) {
        this.clock = clock;
    }

    /** Verifies the hash chain and every sealed row. */
    public AuditVerification verifyAudit(Path file) {
        try (Database db = Database.open(file, false)) {
            return new AuditLog(db, clock).verify();
        }
    }

    /** Integrity check and audit verification together. */
    public Result check(Path file) {
        try (Database db = Database.open(file, false)) {
            List<String> integrity = db.integrityCheck();
            List<String> problems = integrity.equals(List.of("ok")) ? List.of() : List.copyOf(integrity);
            return new Result(problems, new AuditLog(db, clock).verify());
        }
    }

    /**
     * @param integrityProblems what {@code PRAGMA integrity_check} reported; empty when it said "ok"
     * @param audit             the audit chain verification
     */
    public record Result(List<String> integrityProblems, AuditVerification audit) {
        public boolean ok() {
            return integrityProblems.isEmpty() && audit.ok();
        }
    }
}
