package org.campo.study;

import java.util.List;
import org.campo.audit.AuditVerification;
import org.campo.common.ProgressListener;
import org.campo.store.ColumnSeals;
import org.campo.store.DraftSeal;
import org.campo.store.MetadataSeals;
import org.campo.store.TableSeals;
import org.campo.store.EncryptedColumns;
import org.campo.store.InstanceKeys;

/**
 * The check that needs the key: the audit chain against its sealed head (so a cut trail is
 * found), and every encrypted value opened where it lives (so a damaged or moved value is named
 * by table, row and column instead of surfacing later as a crash in an export).
 */
public final class DeepCheck {
    /** The outcome; {@link #ok()} when nothing was found. */
    public record Result(AuditVerification audit, List<DamagedValue> damaged, List<DuplicateInstance> duplicates) {
        public boolean ok() {
            return audit.ok() && damaged.isEmpty() && duplicates.isEmpty();
        }
    }

    /** A submission kept although another one has the same instanceID (from before IDs were unique). */
    public record DuplicateInstance(String submissionId, String instanceId) {
    }

    /** An encrypted value that does not open where it is stored. */
    public record DamagedValue(String table, String rowId, String column) {
    }

    /** The column named when the drafts no longer match their authenticated record (one was deleted or added). */
    public static final String DRAFTS = "drafts.seal";
    /**
     * The column named when a table's rows no longer match their authenticated record; the row id
     * is the changed, deleted or added row of an analysis table, or {@code *} for the table.
     */
    public static final String TABLES = "table.seal";

    private DeepCheck() {
    }

    /** Runs the keyed check on an unlocked study. Coordinators and IRB reviewers may run it. */
    public static Result run(OpenStudy study, ProgressListener progress) {
        study.require(Capability.READ_AUDIT);
        AuditVerification audit = study.audit().verifyWithKey();
        List<DamagedValue> damaged = new java.util.ArrayList<>(new EncryptedColumns(study.database())
                .verify(study.cipher(), (table, done, total) -> progress.progress(done, total, table)).stream()
                .map(d -> new DamagedValue(d.table(), d.rowId(), d.column())).toList());
        ColumnSeals.edited(study.database(), study.cipher()).forEach(id ->
                damaged.add(new DamagedValue("submission", id, ColumnSeals.COLUMN)));
        MetadataSeals.edited(study.database(), study.cipher()).forEach(e ->
                damaged.add(new DamagedValue(e[0], e[1], e[2])));
        TableSeals.changedRows(study.database(), study.cipher()).forEach(t ->
                damaged.add(new DamagedValue(t[0], t[1], TABLES)));
        if (!DraftSeal.matches(study.database(), study.cipher())) {
            damaged.add(new DamagedValue("submission", "drafts", DRAFTS));
        }
        List<DuplicateInstance> duplicates = damaged.isEmpty()
                ? InstanceKeys.duplicates(study.database(), study.cipher()).stream()
                        .map(d -> new DuplicateInstance(d.submissionId(), d.instanceId())).toList()
                : List.of();
        return new Result(audit, List.copyOf(damaged), duplicates);
    }
}
