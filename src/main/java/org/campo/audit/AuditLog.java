package org.campo.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.campo.crypto.Hashing;
import org.campo.store.Database;

/**
 * The append-only, hash-chained audit trail: {@code hash = SHA-256(prev_hash || canonical(entry))}.
 * Callers append inside the transaction of the change they record ({@link Database#inTransaction}
 * nests), so a change and its entry are written together or not at all.
 */
public final class AuditLog {
    public static final String GENESIS = "0".repeat(64);

    private final Database db;
    private final Clock clock;

    public AuditLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Appends an event that concerns no particular row. */
    public AuditEntry append(String actor, String action, String details) {
        return append(actor, action, null, null, false, details);
    }

    /**
     * Appends an event about one row.
     *
     * @param sealRow whether to store the digest of the row as it now stands, so later tampering
     *                with the row is detected (consent records, final submissions)
     */
    public AuditEntry append(String actor, String action, String subject, String subjectId, boolean sealRow,
                             String details) {
        return db.inTransaction(() -> {
            AuditEntry last = db.queryOne("SELECT * FROM audit ORDER BY seq DESC LIMIT 1", AuditRows::map);
            long seq = last == null ? 1 : last.seq() + 1;
            String prev = last == null ? GENESIS : last.hash();
            String digest = sealRow ? RowDigest.of(db, subject, subjectId) : null;
            Instant at = clock.instant();
            AuditEntry unsigned = new AuditEntry(seq, at, actor, action, subject, subjectId, digest, details, prev, null);
            String hash = chainHash(prev, unsigned);
            db.update("INSERT INTO audit(seq, at, actor, action, subject, subject_id, subject_digest, details, "
                            + "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    seq, at.toString(), actor, action, subject, subjectId, digest, details, prev, hash);
            return new AuditEntry(seq, at, actor, action, subject, subjectId, digest, details, prev, hash);
        });
    }

    static String chainHash(String prevHash, AuditEntry entry) {
        return Hashing.sha256Hex(prevHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII), entry.canonical());
    }

    /** The newest hash: exports carry it so a later copy of the study can be checked against them. */
    public String head() {
        String h = db.queryOne("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1", rs -> rs.getString(1));
        return h == null ? GENESIS : h;
    }

    public long size() {
        return db.queryOne("SELECT count(*) FROM audit", rs -> rs.getLong(1));
    }

    public List<AuditEntry> entries(long fromSeq, int limit) {
        return db.query("SELECT * FROM audit WHERE seq >= ? ORDER BY seq LIMIT ?", AuditRows::map, fromSeq, limit);
    }

    public AuditVerification verify() {
        return new AuditVerifier(db).verify();
    }
}
