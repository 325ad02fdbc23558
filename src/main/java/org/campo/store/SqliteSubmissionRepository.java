package org.campo.store;
import org.campo.model.SubmissionSummary;
import org.campo.model.SubmissionStatus;
import org.campo.model.Submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.campo.crypto.FieldCipher;

/** Submissions with their instance XML sealed to the row id. */
public final class SqliteSubmissionRepository implements SubmissionRepository {
    private static final String SUMMARY = "id, form_ref, status, rev, created_at, updated_at, site_code, member_id, participant_id, columns_seal";
    private final Database db;
    private final FieldCipher cipher;

    public SqliteSubmissionRepository(Database db, FieldCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    /**
     * Inserts a submission. Its instanceID is unique in the study: the schema holds a keyed hash of
     * it (the ID itself stays inside the encrypted instance), so two imports racing with the same
     * instance cannot both store it.
     */
    @Override
    public void insert(Submission s) {
        String instanceId = InstanceIds.of(s.instanceXml());
        String key = instanceId == null ? null : cipher.keyedHash("instanceID", instanceId);
        try {
            db.update("INSERT INTO submission(id, form_ref, status, rev, created_at, updated_at, site_code, device_id, "
                            + "member_id, participant_id, instance_enc, instance_key, columns_seal) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    s.id(), s.formRef(), s.status().code(), s.rev(), Timestamps.format(s.createdAt()),
                    Timestamps.format(s.updatedAt()), s.siteCode(), s.deviceId(), s.memberId(), s.participantId(),
                    seal(s), key, columnsSeal(s, s.participantId()));
            if (s.status() == SubmissionStatus.DRAFT) {
                DraftSeal.refresh(db, cipher);
            }
        } catch (StoreException e) {
            if (key != null && e.getCause() instanceof java.sql.SQLException sql
                    && sql.getMessage() != null && sql.getMessage().contains("submission.instance_key")) {
                throw new StoreException(e, "store.duplicateInstance", instanceId);
            }
            throw e;
        }
    }

    @Override
    public boolean containsInstance(String instanceId) {
        return findByInstance(instanceId).isPresent();
    }

    @Override
    public Optional<String> findByInstance(String instanceId) {
        return Optional.ofNullable(db.queryOne("SELECT id FROM submission WHERE instance_key = ?", rs -> rs.getString(1),
                cipher.keyedHash("instanceID", instanceId)));
    }

    @Override
    public void insertConflicting(Submission s) {
        db.update("INSERT INTO submission(id, form_ref, status, rev, created_at, updated_at, site_code, device_id, "
                        + "member_id, participant_id, instance_enc, instance_key, columns_seal) VALUES (?,?,?,?,?,?,?,?,?,?,?,NULL,?)",
                s.id(), s.formRef(), s.status().code(), s.rev(), Timestamps.format(s.createdAt()),
                Timestamps.format(s.updatedAt()), s.siteCode(), s.deviceId(), s.memberId(), s.participantId(), seal(s),
                columnsSeal(s, s.participantId()));
        if (s.status() == SubmissionStatus.DRAFT) {
            DraftSeal.refresh(db, cipher);
        }
    }

    @Override
    public void claimInstance(String submissionId) {
        Submission s = findById(submissionId).orElseThrow(() -> new StoreException("store.notFound", submissionId));
        String instanceId = InstanceIds.of(s.instanceXml());
        db.update("UPDATE submission SET instance_key = ? WHERE id = ?",
                instanceId == null ? null : cipher.keyedHash("instanceID", instanceId), submissionId);
    }

    @Override
    public void update(Submission s) {
        update(s, null);
    }

    @Override
    public void update(Submission s, String position) {
        byte[] instance = seal(s);
        String columns = columnsSeal(s, s.participantId());
        String positionSql = position == null ? "" : "position = ?, ";
        // the usual case (an answer in a draft) keeps the status: one statement, the drafts' record stays
        if (db.update("UPDATE submission SET rev = ?, updated_at = ?, instance_enc = ?, " + positionSql
                + "columns_seal = ? WHERE id = ? AND rev = ? AND status = ?",
                params(s, instance, position, columns, s.status().code())) == 1) {
            return;
        }
        db.inTransaction(() -> {
            int changed = db.update("UPDATE submission SET status = ?, rev = ?, updated_at = ?, instance_enc = ?, "
                    + positionSql + "columns_seal = ? WHERE id = ? AND rev = ?",
                    prepend(s.status().code(), params(s, instance, position, columns, null)));
            if (changed != 1) {
                throw new StoreException("store.staleRevision", s.id());
            }
            DraftSeal.refresh(db, cipher); // finalized or reopened
            return null;
        });
    }

    private static Object[] params(Submission s, byte[] instance, String position, String columns, String status) {
        java.util.List<Object> p = new java.util.ArrayList<>(java.util.List.of(s.rev(),
                Timestamps.format(s.updatedAt()), instance));
        if (position != null) {
            p.add(position);
        }
        p.add(columns);
        p.add(s.id());
        p.add(s.rev() - 1);
        if (status != null) {
            p.add(status);
        }
        return p.toArray();
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] out = new Object[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    /** The seal of the row's clear columns, as they will be stored (with {@code participantId}). */
    private String columnsSeal(Submission s, String participantId) {
        return ColumnSeals.of(cipher, s.id(), s.formRef(), s.status().code(), s.siteCode(),
                Timestamps.format(s.createdAt()), participantId, s.memberId());
    }

    private byte[] seal(Submission s) {
        return cipher.sealText("submission", "instance_enc", s.id(), s.instanceXml());
    }

    @Override
    public Optional<Submission> findById(String id) {
        return Optional.ofNullable(db.queryOne("SELECT * FROM submission WHERE id = ?", this::map, id));
    }

    @Override
    public List<SubmissionSummary> list(String formRef) {
        return db.query("SELECT " + SUMMARY + " FROM submission WHERE form_ref = ? ORDER BY created_at",
                this::summary, formRef);
    }

    @Override
    public List<SubmissionSummary> listByParticipant(String participantId) {
        return db.query("SELECT " + SUMMARY + " FROM submission WHERE participant_id = ? ORDER BY created_at",
                this::summary, participantId);
    }

    @Override
    public long count(String formRef, SubmissionStatus status) {
        return db.queryOne("SELECT count(*) FROM submission WHERE form_ref = ? AND status = ?",
                rs -> rs.getLong(1), formRef, status.code());
    }

    @Override
    public void forEach(List<String> formRefs, SubmissionStatus status, Consumer<Submission> consumer) {
        if (formRefs.isEmpty()) {
            return;
        }
        String marks = String.join(",", java.util.Collections.nCopies(formRefs.size(), "?"));
        List<Object> params = new ArrayList<>(formRefs);
        params.add(status.code());
        db.forEach("SELECT * FROM submission WHERE form_ref IN (" + marks + ") AND status = ? ORDER BY created_at, id",
                rs -> consumer.accept(map(rs)), params.toArray());
    }

    @Override
    public void forEachSealed(List<String> formRefs, SubmissionStatus status, Consumer<SealedSubmission> consumer) {
        if (formRefs.isEmpty()) {
            return;
        }
        String marks = String.join(",", java.util.Collections.nCopies(formRefs.size(), "?"));
        List<Object> params = new ArrayList<>(formRefs);
        params.add(status.code());
        // The instance is only read where no row is kept for the current revision.
        db.forEach("SELECT s.id, s.status, s.rev, s.created_at, s.updated_at, s.site_code, s.device_id, "
                        + "s.participant_id, r.row_enc, CASE WHEN r.row_enc IS NULL THEN s.instance_enc END AS instance, "
                        + "s.form_ref, s.member_id, s.columns_seal "
                        + "FROM submission s LEFT JOIN submission_row r ON r.submission_id = s.id AND r.rev = s.rev "
                        + "WHERE s.form_ref IN (" + marks + ") AND s.status = ? ORDER BY s.created_at, s.id",
                rs -> consumer.accept(sealed(rs)),
                params.toArray());
    }

    private SealedSubmission sealed(ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        boolean intact = rs.getString(13) != null && rs.getString(13).equals(ColumnSeals.of(cipher, id,
                rs.getString(11), rs.getString(2), rs.getString(6), rs.getString(4), rs.getString(8),
                rs.getString(12)));
        return new SealedSubmission(id, SubmissionStatus.fromCode(rs.getString(2)),
                rs.getInt(3), Instant.parse(rs.getString(4)), Instant.parse(rs.getString(5)), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10), cipher, intact);
    }

    @Override
    public void keepRow(String id, int rev, byte[] flattened) {
        byte[] sealed = cipher.seal("submission_row", "row_enc", SealedSubmission.rowId(id, rev), flattened);
        db.update("INSERT OR REPLACE INTO submission_row(submission_id, rev, row_enc) "
                + "SELECT id, rev, ? FROM submission WHERE id = ? AND rev = ?", sealed, id, rev);
    }

    @Override
    public void delete(String id) {
        db.inTransaction(() -> {
            boolean draft = "draft".equals(db.queryOne("SELECT status FROM submission WHERE id = ?",
                    rs -> rs.getString(1), id));
            boolean reviewed = db.queryOne("SELECT count(*) FROM submission_review WHERE submission_id = ?",
                    rs -> rs.getLong(1), id) > 0;
            db.update("DELETE FROM submission WHERE id = ?", id);
            if (draft) {
                DraftSeal.refresh(db, cipher);
            }
            if (reviewed) {
                TableSeals.refresh(db, cipher, "submission_review"); // its review went with it (cascade)
            }
            return null;
        });
    }

    @Override
    public void savePosition(String id, String position) {
        db.update("UPDATE submission SET position = ? WHERE id = ?", position, id);
    }

    @Override
    public Optional<String> position(String id) {
        return Optional.ofNullable(db.queryOne("SELECT position FROM submission WHERE id = ?", rs -> rs.getString(1), id));
    }

    @Override
    public void linkParticipant(String id, String participantId) {
        Submission s = findById(id).orElseThrow(() -> new StoreException("store.notFound", id));
        db.update("UPDATE submission SET participant_id = ?, columns_seal = ? WHERE id = ?", participantId,
                columnsSeal(s, participantId), id);
    }

    private Submission map(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        checkColumns(rs);
        return new Submission(id, rs.getString("form_ref"), SubmissionStatus.fromCode(rs.getString("status")),
                rs.getInt("rev"), Instant.parse(rs.getString("created_at")), Instant.parse(rs.getString("updated_at")),
                rs.getString("site_code"), rs.getString("device_id"), rs.getString("member_id"),
                rs.getString("participant_id"),
                cipher.openText("submission", "instance_enc", id, rs.getBytes("instance_enc")));
    }

    private void checkColumns(ResultSet rs) throws SQLException {
        ColumnSeals.check(cipher, rs.getString("id"), rs.getString("form_ref"), rs.getString("status"),
                rs.getString("site_code"), rs.getString("created_at"), rs.getString("participant_id"),
                rs.getString("member_id"), rs.getString("columns_seal"));
    }

    private SubmissionSummary summary(ResultSet rs) throws SQLException {
        checkColumns(rs);
        return new SubmissionSummary(rs.getString("id"), rs.getString("form_ref"),
                SubmissionStatus.fromCode(rs.getString("status")), rs.getInt("rev"),
                Instant.parse(rs.getString("created_at")), Instant.parse(rs.getString("updated_at")),
                rs.getString("site_code"), rs.getString("member_id"), rs.getString("participant_id"));
    }
}
