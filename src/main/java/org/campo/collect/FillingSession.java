package org.campo.collect;

import java.util.Optional;
import org.campo.audit.AuditAction;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.FormSession;
import org.campo.form.runtime.InstanceReader;
import org.campo.common.CampoException;
import org.campo.form.runtime.Screen;
import org.campo.form.runtime.ValidationResult;
import org.campo.model.Submission;
import org.campo.model.SubmissionStatus;
import org.campo.study.OpenStudy;

/**
 * One submission being filled. Reading and navigating go straight to the {@link FormSession};
 * everything that changes the instance goes through here and is saved, encrypted, before the
 * call returns: the answer the enumerator just gave survives a crash one instant later.
 * Each change to a final submission is an audit entry that re-seals the row, so the audit
 * trail shows every edit and verification still catches changes made outside Campo.
 */
public final class FillingSession {
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(FillingSession.class.getName());
    private final OpenStudy study;
    private final FormSession form;
    private Submission submission;
    private final boolean editingFinal;
    private final Screening screening;
    private final SubmissionListener listener;
    /** The screen last remembered; saved with every answer, so one commit carries both. */
    private String position;
    private final SubmissionRows rows;

    FillingSession(OpenStudy study, FormSession form, Submission submission, boolean editingFinal,
                   Screening screening, SubmissionListener listener, SubmissionRows rows) {
        this.rows = rows;
        this.study = study;
        this.form = form;
        this.submission = submission;
        this.editingFinal = editingFinal;
        this.screening = screening;
        this.listener = listener;
    }

    /**
     * The form's screening consent question and where to record it.
     *
     * @param formId   the form id (names the consent script)
     * @param path     the question's instance path
     * @param recorder the consent feature
     */
    record Screening(String formId, String path, ScreeningConsent recorder) {
    }

    public FormSession form() {
        return form;
    }

    public String submissionId() {
        return submission.id();
    }

    public SubmissionStatus status() {
        return submission.status();
    }

    public int revision() {
        return submission.rev();
    }

    /** Gives an answer; a valid answer is saved at once. */
    public ValidationResult answer(String ref, Answer answer) {
        ValidationResult result = form.answer(ref, answer);
        if (result.isOk()) {
            save(submission.status());
        }
        return result;
    }

    public ValidationResult clearAnswer(String ref) {
        ValidationResult result = form.clearAnswer(ref);
        save(submission.status());
        return result;
    }

    public Screen addRepeat() {
        Screen s = form.addRepeat();
        save(submission.status());
        remember(s);
        return s;
    }

    public Screen removeRepeat() {
        Screen s = form.removeRepeat();
        save(submission.status());
        remember(s);
        return s;
    }

    /**
     * Records the screen the user is on, so the draft reopens there. Moving to a screen is not
     * an answer: the position is committed without waiting for the disk, and the next answer's
     * save carries it too.
     */
    public void remember(Screen screen) {
        if (screen.ref().equals(position)) {
            return;
        }
        study.changes().savePosition(r -> r.submissions().savePosition(submission.id(), screen.ref()));
        position = screen.ref();
    }

    /**
     * Validates the whole form; on success the submission becomes final (sealed in the audit
     * chain), otherwise the first problem is returned so the filler can jump to it.
     */
    public ValidationResult finalizeSubmission() {
        ValidationResult result = form.finalizeInstance();
        if (editingFinal && result.isOk()) {
            save(SubmissionStatus.FINAL);
            tellListener();
            return result;
        }
        if (!result.isOk()) {
            save(submission.status());
            return result;
        }
        study.changes().run(c -> {
            save(SubmissionStatus.FINAL);
            recordScreeningConsent();
            c.audit(AuditAction.SUBMISSION_FINALIZED, "submission", submission.id(), true, "rev=" + submission.rev());
        });
        tellListener();
        return result;
    }

    /**
     * A survey's "do you agree to take part?" is consent too: it becomes a consent record of a
     * generated participant, and the submission is linked to that participant so a later
     * withdrawal finds it. A refusal is recorded the same way.
     */
    private void recordScreeningConsent() {
        if (screening == null || submission.participantId() != null) {
            return;
        }
        String answer = new InstanceReader(form.definition().repeatPaths()).read(submission.instanceXml())
                .value(screening.path()).orElse("");
        if (answer.isBlank()) {
            return;
        }
        String language = ScreeningQuestion.languageCode(form.language().orElse(null));
        try {
            String participant = screening.recorder().record(screening.formId(), language, submission.siteCode(),
                    "yes".equals(answer.trim()));
            if (participant != null) {
                study.changes().saveDraft(r -> {
                    r.submissions().linkParticipant(submission.id(), participant);
                    return null;
                });
            }
        } catch (CampoException e) {
            // The interview already happened; losing it over a missing consent script would be worse.
            // The gap stays visible: the consent log has no record for this submission.
            LOG.warning("Screening consent not recorded for a submission of " + screening.formId() + ": " + e.key());
        }
    }

    /** The interview's source follows the saved answers; a failure there must never lose the interview. */
    private void tellListener() {
        try {
            listener.finalSaved(submission.id());
        } catch (CampoException e) {
            LOG.warning("Interview source not updated for a submission: " + e.key());
        }
    }

    /** The first problem in the form, if any, without finalizing. */
    public Optional<ValidationResult> firstProblem() {
        return form.validateAll();
    }

    private void save(SubmissionStatus status) {
        Submission next = submission.withInstance(form.instanceXml(), status, study.clock().instant());
        if (editingFinal) {
            study.changes().run(c -> {
                c.repositories().submissions().update(next, position);
                rows.keep(next); // exports read this flattened copy instead of the instance
                c.audit(AuditAction.SUBMISSION_EDITED, "submission", next.id(), true, "rev=" + next.rev());
            });
        } else {
            study.changes().saveDraft(r -> {
                r.submissions().update(next, position); // the answer and its screen: one commit
                if (next.status() == SubmissionStatus.FINAL) {
                    rows.keep(next); // exports read this flattened copy instead of the instance
                }
                return null;
            });
        }
        submission = next;
    }
}
