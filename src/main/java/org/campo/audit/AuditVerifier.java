package org.campo.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campo.store.Database;

/**
 * Walks the chain from the first entry: sequence numbers must be contiguous, each entry must
 * point to its predecessor's hash and hash to its own. Then every sealed row (the latest
 * entry naming it carries a digest) is re-hashed and compared.
 */
final class AuditVerifier {
    private final Database db;

    AuditVerifier(Database db) {
        this.db = db;
    }

    AuditVerification verify() {
        List<AuditVerification.Problem> problems = new ArrayList<>();
        Map<String, AuditEntry> latestBySubject = new HashMap<>();
        long[] expectedSeq = {1};
        String[] prev = {AuditLog.GENESIS};
        long[] count = {0};
        db.forEach("SELECT * FROM audit ORDER BY seq", rs -> {
            AuditEntry e = AuditRows.map(rs);
            count[0]++;
            if (e.seq() != expectedSeq[0]) {
                problems.add(problem(expectedSeq[0], "audit.verify.missing", expectedSeq[0], e.seq()));
            } else if (!e.prevHash().equals(prev[0])) {
                problems.add(problem(e.seq(), "audit.verify.badLink", e.seq()));
            } else if (!AuditLog.chainHash(e.prevHash(), e).equals(e.hash())) {
                problems.add(problem(e.seq(), "audit.verify.badHash", e.seq()));
            }
            expectedSeq[0] = e.seq() + 1;
            prev[0] = e.hash();
            if (e.subject() != null && e.subjectId() != null) {
                latestBySubject.put(e.subject() + "/" + e.subjectId(), e);
            }
        });
        for (AuditEntry e : latestBySubject.values()) {
            if (e.subjectDigest() == null) {
                continue;
            }
            String now = RowDigest.of(db, e.subject(), e.subjectId());
            if (now == null) {
                problems.add(problem(e.seq(), "audit.verify.rowMissing", e.subject(), e.subjectId(), e.seq()));
            } else if (!now.equals(e.subjectDigest())) {
                problems.add(problem(e.seq(), "audit.verify.rowChanged", e.subject(), e.subjectId(), e.seq()));
            }
        }
        problems.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        long first = problems.isEmpty() ? -1 : problems.get(0).seq();
        return new AuditVerification(count[0], first, List.copyOf(problems), prev[0]);
    }

    private static AuditVerification.Problem problem(long seq, String key, Object... args) {
        List<String> a = new ArrayList<>();
        for (Object o : args) {
            a.add(String.valueOf(o));
        }
        return new AuditVerification.Problem(seq, key, a);
    }
}
