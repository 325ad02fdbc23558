package org.campo.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.campo.crypto.FieldCipher;
import org.campo.model.Correction;
import org.campo.model.ReviewStatus;

/** Review statuses in the clear (they hold no answer); corrections with values and reason sealed to their row. */
public final class SqliteReviewRepository implements ReviewRepository {
    private static final String SELECT = "SELECT id, submission_id, rev, corrected_at, member_id, detail_enc "
            + "FROM submission_correction ";
    private final Database db;
    private final FieldCipher cipher;

    public SqliteReviewRepository(Database db, FieldCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    @Override
    public void setStatus(String submissionId, ReviewStatus status, Instant at, String memberId) {
        db.inTransaction(() -> {
            db.update("INSERT INTO submission_review(submission_id, status, reviewed_at, member_id) VALUES (?,?,?,?) "
                            + "ON CONFLICT(submission_id) DO UPDATE SET status = excluded.status, "
                            + "reviewed_at = excluded.reviewed_at, member_id = excluded.member_id",
                    submissionId, status.code(), at.toString(), memberId);
            TableSeals.refresh(db, cipher, "submission_review"); // the clear status, see TableSeals
            return null;
        });
    }

    @Override
    public Map<String, ReviewStatus> statuses() {
        Map<String, ReviewStatus> all = new HashMap<>();
        db.forEach("SELECT submission_id, status FROM submission_review",
                rs -> all.put(rs.getString(1), ReviewStatus.ofCode(rs.getString(2))));
        return all;
    }

    @Override
    public void addCorrection(Correction c) {
        byte[] detail = cipher.sealText("submission_correction", "detail_enc", c.id(),
                Fields.join(c.variable(), nullToEmpty(c.oldValue()), nullToEmpty(c.newValue()), c.reason()));
        db.update("INSERT INTO submission_correction(id, submission_id, rev, corrected_at, member_id, detail_enc) "
                + "VALUES (?,?,?,?,?,?)", c.id(), c.submissionId(), c.rev(), c.at().toString(), c.memberId(), detail);
    }

    @Override
    public List<Correction> corrections(String submissionId) {
        return db.query(SELECT + "WHERE submission_id = ? ORDER BY corrected_at, id", rs -> map(
                rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getBytes(6)),
                submissionId);
    }

    @Override
    public void forEachCorrection(Consumer<Correction> consumer) {
        db.forEach(SELECT + "ORDER BY corrected_at, id", rs -> consumer.accept(map(rs.getString(1), rs.getString(2),
                rs.getInt(3), rs.getString(4), rs.getString(5), rs.getBytes(6))));
    }

    private Correction map(String id, String submissionId, int rev, String at, String member, byte[] sealed) {
        List<String> f = Fields.split(cipher.openText("submission_correction", "detail_enc", id, sealed));
        return new Correction(id, submissionId, rev, Instant.parse(at), member, f.get(0), f.get(1), f.get(2), f.get(3));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
