package org.campo.qda.triangulation;

import java.util.HashMap;
import java.util.Map;
import org.campo.audit.AuditAction;
import org.campo.common.Ids;
import org.campo.study.Capability;
import org.campo.study.OpenStudy;
import org.campo.model.MatrixSummary;

/**
 * The researcher's cell summaries of the triangulation matrix, kept encrypted in the study. Writing
 * an empty summary removes it; every change is audited (without the text).
 */
public final class MatrixSummaries {
    private final OpenStudy study;

    public MatrixSummaries(OpenStudy study) {
        this.study = study;
    }

    public CellSummaries all() {
        study.require(Capability.READ_RESPONSES);
        Map<String, String> out = new HashMap<>();
        for (MatrixSummary s : study.changes().read(r -> r.matrixSummaries().all())) {
            out.put(CellSummaries.key(s.codeId(), s.columnKey()), s.text());
        }
        return new CellSummaries(out);
    }

    /** Sets the summary of a cell (blank text removes it). */
    public void save(String codeId, String columnKey, String text) {
        study.require(Capability.READ_RESPONSES);
        String clean = text == null ? "" : text.strip();
        study.changes().run(c -> {
            MatrixSummary existing = null;
            for (MatrixSummary s : c.repositories().matrixSummaries().all()) {
                if (s.codeId().equals(codeId) && s.columnKey().equals(columnKey)) {
                    existing = s;
                }
            }
            if (clean.isEmpty()) {
                if (existing != null) {
                    c.repositories().matrixSummaries().delete(existing.id());
                    c.audit(AuditAction.QDA_SUMMARY_CHANGED, "matrix_summary", existing.id(), false, "removed");
                } else {
                    c.audit(AuditAction.QDA_SUMMARY_CHANGED, "matrix_summary", null, false, "nothing to remove");
                }
                return;
            }
            String id = existing == null ? Ids.newId() : existing.id();
            c.repositories().matrixSummaries().put(new MatrixSummary(id, codeId, columnKey, clean,
                    study.member().id(), c.now()));
            c.audit(AuditAction.QDA_SUMMARY_CHANGED, "matrix_summary", id, false,
                    (existing == null ? "added" : "changed") + " code=" + codeId);
        });
    }
}
