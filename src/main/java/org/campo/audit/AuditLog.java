package org.campo.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Base64;
import org.campo.crypto.CryptoException;
import org.campo.crypto.FieldCipher;
import org.campo.crypto.Hashing;
import org.campo.store.Database;

/**
 * The append-only, hash-chained audit trail: {@code hash = SHA-256(prev_hash || canonical(entry))}.
 * Callers append inside the transaction of the change they record ({@link Database#inTransaction}
 * nests), so a change and its entry are written together or not at all.
 */
public final class AuditLog {
    public static final String GENESIS = "0".repeat(64);

    /** Setting that holds the newest sequence number and hash, encrypted under the data key. */
    static final String SEAL = "audit.seal";

    private final Database db;
    private final Clock clock;
    private final FieldCipher key;

    /** An audit log without the data key: it can append (a failed unlock) and verify the chain, not its length. */
    public AuditLog(Database db, Clock clock) {
        this(db, clock, null);
    }

    /**
     * An audit log of an unlocked study. Each append also rewrites an authenticated record of the
     * newest entry under the data key, in the same transaction: the hash chain alone cannot show
     * that its last entries were deleted, but a chain shorter than its sealed head can.
     */
    public AuditLog(Database db, Clock clock, FieldCipher key) {
        this.db = db;
        this.clock = clock;
        this.key = key;
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
            // with the key, who and what are sealed; the chain hashes them as stored, so it verifies without it
            String storedActor = key == null ? actor : AuditText.seal(key, "actor", seq, actor);
            String storedDetails = key == null ? details : AuditText.seal(key, "details", seq, details);
            AuditEntry unsigned = new AuditEntry(seq, at, storedActor, action, subject, subjectId, digest,
                    storedDetails, prev, null);
            String hash = chainHash(prev, unsigned);
            db.update("INSERT INTO audit(seq, at, actor, action, subject, subject_id, subject_digest, details, "
                            + "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    seq, at.toString(), storedActor, action, subject, subjectId, digest, storedDetails, prev, hash);
            if (key != null) {
                sealHead(seq, hash);
            }
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

    /**
     * Entries to read: with the key, actor and details opened (a value that does not open is reported
     * naming its entry); without it, as stored. Hashes are those of the stored form.
     */
    public List<AuditEntry> entries(long fromSeq, int limit) {
        List<AuditEntry> stored = storedEntries(fromSeq, limit);
        return key == null ? stored : stored.stream().map(e -> AuditText.open(key, e)).toList();
    }

    /**
     * Entries exactly as stored (actor and details sealed): what the chain hashes, so what a
     * package carries for the coordinator to verify without this laptop's key.
     */
    public List<AuditEntry> storedEntries(long fromSeq, int limit) {
        return db.query("SELECT * FROM audit WHERE seq >= ? ORDER BY seq LIMIT ?", AuditRows::map, fromSeq, limit);
    }

    /**
     * The entries recorded with one of {@code actions}, oldest first (the action is a clear
     * column), opened like {@link #entries}.
     */
    public List<AuditEntry> entriesWith(List<String> actions) {
        if (actions.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(actions.size(), "?"));
        List<AuditEntry> stored = db.query("SELECT * FROM audit WHERE action IN (" + marks + ") ORDER BY seq",
                AuditRows::map, actions.toArray());
        return key == null ? stored : stored.stream().map(e -> AuditText.open(key, e)).toList();
    }

    public AuditVerification verify() {
        return new AuditVerifier(db).verify();
    }

    private boolean sealMatchesChain(String stored, long newSeq) {
        String[] head;
        try {
            head = key.openText("setting", "value", SEAL, Base64.getDecoder().decode(stored)).split("\\|");
        } catch (CryptoException | IllegalArgumentException e) {
            return false; // altered or not Base64: the seal does not match
        }
        if (head.length != 2) {
            return false;
        }
        long sealedSeq = Long.parseLong(head[0]);
        AuditEntry sealed = db.queryOne("SELECT * FROM audit WHERE seq = ?", AuditRows::map, sealedSeq);
        if (sealed == null || !sealed.hash().equals(head[1])) {
            return false;
        }
        Long keyedAfter = db.queryOne("SELECT count(*) FROM audit WHERE seq > ? AND seq < ? AND action <> ?",
                rs -> rs.getLong(1), sealedSeq, newSeq, AuditAction.UNLOCK_FAILED);
        return keyedAfter == 0;
    }

    /**
     * Verifies the chain and, with the data key, that it still reaches the sealed head: deleting
     * the last entries (or all of them) is found here. Entries after the sealed head can only be
     * failed unlocks, which are written without the key.
     */
    public AuditVerification verifyWithKey() {
        if (key == null) {
            throw new IllegalStateException("verifyWithKey needs the data key");
        }
        AuditVerification chain = verify();
        List<AuditVerification.Problem> problems = new java.util.ArrayList<>(chain.problems());
        String stored = db.queryOne("SELECT value FROM setting WHERE name = ?", rs -> rs.getString(1), SEAL);
        if (stored == null) {
            if (chain.entries() > 0) {
                problems.add(new AuditVerification.Problem(1, "audit.verify.sealMissing", List.of()));
            }
        } else {
            String[] head;
            try {
                head = key.openText("setting", "value", SEAL, Base64.getDecoder().decode(stored)).split("\\|");
            } catch (CryptoException | IllegalArgumentException e) {
                head = null; // altered or not Base64: reported as a damaged seal below
            }
            if (head == null || head.length != 2) {
                problems.add(new AuditVerification.Problem(1, "audit.verify.sealDamaged", List.of()));
            } else {
                long sealedSeq = Long.parseLong(head[0]);
                AuditEntry sealed = db.queryOne("SELECT * FROM audit WHERE seq = ?", AuditRows::map, sealedSeq);
                if (sealed == null) {
                    long last = db.queryOne("SELECT coalesce(max(seq), 0) FROM audit", rs -> rs.getLong(1));
                    problems.add(new AuditVerification.Problem(last + 1, "audit.verify.truncated",
                            List.of(String.valueOf(sealedSeq), String.valueOf(last))));
                } else if (!sealed.hash().equals(head[1])) {
                    problems.add(new AuditVerification.Problem(sealedSeq, "audit.verify.sealMismatch",
                            List.of(String.valueOf(sealedSeq))));
                } else {
                    List<String> later = db.query("SELECT action FROM audit WHERE seq > ? AND action <> ?",
                            rs -> rs.getString(1), sealedSeq, AuditAction.UNLOCK_FAILED);
                    if (!later.isEmpty()) {
                        problems.add(new AuditVerification.Problem(sealedSeq + 1, "audit.verify.unsealedEntries",
                                List.of(String.valueOf(later.size()))));
                    }
                }
            }
        }
        problems.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        long first = problems.isEmpty() ? -1 : problems.get(0).seq();
        return new AuditVerification(chain.entries(), first, List.copyOf(problems), chain.head());
    }

    /** Problems that do not stop {@link #sealOlderEntries}: they concern rows, not the chain. */
    private static final java.util.Set<String> ROW_PROBLEMS = java.util.Set.of("audit.verify.rowChanged",
            "audit.verify.rowMissing", "audit.verify.sealMissing");

    /**
     * Seals the actor and details of entries written in clear (a file from before sealed audit
     * details) and re-links the chain over their new form, in the caller's transaction. The chain
     * is verified first, against its sealed head: a broken chain is left as it is (re-linking it
     * would hide the break) and nothing changes. {@code convertRows} then rewrites the metadata of
     * rows in {@code convertedTables}; the newest entry sealing such a row gets the digest of its new
     * form only if the row matched its old digest, so an edit made earlier stays reported. Finally
     * the sealed head moves to the re-linked chain and one entry records the conversion, with the
     * head it replaced as its subject id (in clear), so the re-linking is itself on the record.
     *
     * @return the number of entries re-linked, or -1 when the chain did not verify
     */
    public long sealOlderEntries(String actor, java.util.Set<String> convertedTables,
                                 java.util.function.IntSupplier convertRows) {
        if (key == null) {
            throw new IllegalStateException("sealing audit entries needs the data key");
        }
        return db.inTransaction(() -> {
            AuditVerification before = verifyWithKey();
            if (before.problems().stream().anyMatch(p -> !ROW_PROBLEMS.contains(p.key()))) {
                return -1L;
            }
            List<AuditEntry> stored = storedEntries(1, Integer.MAX_VALUE);
            java.util.Map<String, AuditEntry> latest = new java.util.HashMap<>();
            for (AuditEntry e : stored) {
                if (e.subject() != null && e.subjectId() != null) {
                    latest.put(e.subject() + "/" + e.subjectId(), e);
                }
            }
            java.util.Set<Long> reseal = new java.util.HashSet<>();
            for (AuditEntry e : latest.values()) {
                if (e.subjectDigest() != null && convertedTables.contains(e.subject())
                        && e.subjectDigest().equals(RowDigest.of(db, e.subject(), e.subjectId()))) {
                    reseal.add(e.seq());
                }
            }
            int rows = convertRows.getAsInt();
            String oldHead = head();
            String prev = GENESIS;
            for (AuditEntry e : stored) {
                String actorNow = AuditText.isSealed(e.actor()) ? e.actor() : AuditText.seal(key, "actor", e.seq(), e.actor());
                String detailsNow = AuditText.isSealed(e.details()) ? e.details()
                        : AuditText.seal(key, "details", e.seq(), e.details());
                String digest = reseal.contains(e.seq()) ? RowDigest.of(db, e.subject(), e.subjectId()) : e.subjectDigest();
                AuditEntry relinked = new AuditEntry(e.seq(), e.at(), actorNow, e.action(), e.subject(), e.subjectId(),
                        digest, detailsNow, prev, null);
                String hash = chainHash(prev, relinked);
                db.update("UPDATE audit SET actor = ?, details = ?, subject_digest = ?, prev_hash = ?, hash = ? "
                        + "WHERE seq = ?", actorNow, detailsNow, digest, prev, hash, e.seq());
                prev = hash;
            }
            if (!stored.isEmpty()) {
                AuditEntry last = stored.get(stored.size() - 1);
                byte[] sealed = key.sealText("setting", "value", SEAL, last.seq() + "|" + prev);
                db.update("INSERT INTO setting(name, value) VALUES (?,?) ON CONFLICT(name) DO UPDATE SET value = "
                        + "excluded.value", SEAL, Base64.getEncoder().encodeToString(sealed));
            }
            append(actor, AuditAction.METADATA_SEALED, "audit", oldHead, false,
                    "entries=" + stored.size() + " rows=" + rows);
            return (long) stored.size();
        });
    }

    /**
     * Moves the seal to the new entry, unless the current seal no longer matches the chain (entries
     * were cut behind Campo's back): then the old seal stays as evidence, and every later check
     * reports the cut until the study is restored from a backup.
     */
    private void sealHead(long seq, String hash) {
        String stored = db.queryOne("SELECT value FROM setting WHERE name = ?", rs -> rs.getString(1), SEAL);
        if (stored != null && !sealMatchesChain(stored, seq)) {
            return;
        }
        byte[] sealed = key.sealText("setting", "value", SEAL, seq + "|" + hash);
        db.update("INSERT INTO setting(name, value) VALUES (?,?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                SEAL, Base64.getEncoder().encodeToString(sealed));
    }
}
