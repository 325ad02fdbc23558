package org.campo.demo;

import org.campo.collect.SubmissionRows;
import java.util.ArrayList;
import java.util.List;
import org.campo.audit.AuditAction;
import org.campo.model.FormVersion;
import org.campo.model.Submission;
import org.campo.study.OpenStudy;

/**
 * Stores generated submissions a batch at a time, one transaction and one audit entry per
 * batch. A transaction per row would make 100,000 synthetic surveys take minutes of fsyncs,
 * and an audit entry per row would bury the real history of a study under demo noise; one
 * entry per batch still shows in the trail what was generated and how much.
 */
final class SubmissionBatches implements AutoCloseable {
    static final int BATCH_SIZE = 1000;

    private final OpenStudy study;
    private final FormVersion form;
    private final List<Submission> pending = new ArrayList<>(BATCH_SIZE);
    private long written;

    private final SubmissionRows rows;

    SubmissionBatches(OpenStudy study, FormVersion form, SubmissionRows rows) {
        this.study = study;
        this.rows = rows;
        this.form = form;
    }

    void add(Submission submission) {
        pending.add(submission);
        if (pending.size() >= BATCH_SIZE) {
            flush();
        }
    }

    long written() {
        return written;
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        int count = pending.size();
        study.changes().run(c -> {
            for (Submission s : pending) {
                c.repositories().submissions().insert(s);
                rows.keep(s); // as a finalized submission keeps its flattened row
            }
            c.audit(AuditAction.SUBMISSIONS_IMPORTED, "form", form.id(), false,
                    "demo data generated: form=" + form.formId() + " version=" + form.version() + " submissions="
                            + count + " total=" + (written + count));
        });
        written += count;
        pending.clear();
    }

    @Override
    public void close() {
        flush();
    }
}
