package org.campo.study;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.campo.audit.AuditLog;
import org.campo.audit.AuditVerification;
import org.campo.store.Database;
import org.campo.store.KeySlotStore;
import org.campo.store.StudyTable;

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
            if (!problems.isEmpty()) {
                return new Result(problems, new AuditLog(db, clock).verify(), true, List.of());
            }
            return new Result(problems, new AuditLog(db, clock).verify(), StudyService.isComplete(new StudyTable(db)),
                    new KeySlotStore(db).damaged());
        }
    }

    /**
     * @param integrityProblems what {@code PRAGMA integrity_check} reported; empty when it said "ok"
     * @param audit             the audit chain verification
     * @param complete          false when the file's creation never finished
     * @param damagedKeySlots   ids of key slots whose columns no longer match their digest
     */
    public record Result(List<String> integrityProblems, AuditVerification audit, boolean complete,
                         List<String> damagedKeySlots) {
        public boolean ok() {
            return integrityProblems.isEmpty() && audit.ok() && complete && damagedKeySlots.isEmpty();
        }
    }
}
