package org.campo.collect;

import org.campo.common.CampoException;
import org.campo.form.runtime.FlatInstance;
import org.campo.form.runtime.InstanceReader;
import org.campo.model.Submission;
import org.campo.model.SubmissionStatus;
import org.campo.study.OpenStudy;

/**
 * Keeps the flattened answers of final submissions beside them (sealed, table
 * {@code submission_row}), so dataset exports do not parse every instance XML. The store drops a
 * kept row whenever its submission's instance, status or revision changes and deletes it with the
 * submission, so a kept row is never older than its submission; this class writes them again:
 * at finalize and after each audited edit ({@link FillingSession}), for imported submissions,
 * and through {@link #refresh(String)} for code that rewrites a submission (a merge that
 * resolves a conflict calls it after writing the winning instance). An export keeps the rows it
 * had to build itself, which is how submissions stored before this cache existed get theirs.
 */
public final class SubmissionRows {
    private final OpenStudy study;
    private final FormLibrary library;

    public SubmissionRows(OpenStudy study, FormLibrary library) {
        this.study = study;
        this.library = library;
    }

    /** Flattens a submission's instance as exports read it (against its own version's repeats). */
    public InstanceReader.Result flatten(String formRef, String instanceXml) {
        return new InstanceReader(library.definition(library.version(formRef)).repeatPaths()).read(instanceXml);
    }

    /** Keeps the row of a final submission as stored now; drafts keep none (they change on every answer). */
    public void keep(Submission s) {
        if (s.status() == SubmissionStatus.FINAL) {
            keep(s.id(), s.rev(), flatten(s.formRef(), s.instanceXml()));
        }
    }

    /** Keeps an already flattened revision (an export that parsed the instance anyway). */
    public void keep(String submissionId, int rev, InstanceReader.Result flattened) {
        study.submissions().keepRow(submissionId, rev, FlatInstance.encode(flattened));
    }

    /**
     * Rebuilds the kept row of one submission from its stored instance: the one call for code
     * that writes submissions outside the filler (merge). A submission that no longer exists or
     * is not final keeps no row.
     */
    public void refresh(String submissionId) {
        Submission s = study.submissions().findById(submissionId)
                .orElseThrow(() -> new CampoException("collect.unknownSubmission", submissionId));
        keep(s);
    }
}
