package org.campo.collect;

import java.util.List;
import java.util.Optional;
import org.campo.audit.AuditAction;
import org.campo.common.CampoException;
import org.campo.common.Ids;
import org.campo.form.runtime.FormDefinition;
import org.campo.form.runtime.FormSession;
import org.campo.form.runtime.SessionContext;
import org.campo.model.FormVersion;
import org.campo.model.Submission;
import org.campo.model.SubmissionStatus;
import org.campo.model.SubmissionSummary;
import org.campo.model.Tombstone;
import org.campo.study.Capability;
import org.campo.study.OpenStudy;

/**
 * Starts, resumes, lists and deletes submissions. A submission exists from its first moment
 * (as a draft), and every answer rewrites it, so nothing typed is lost if the laptop dies.
 */
public final class SubmissionService {
    private final OpenStudy study;
    private final FormLibrary library;
    private final ConsentCheck consent;
    private final ShiftService shifts;
    private final SubmissionListener listener;
    private final SubmissionRows rows;

    public SubmissionService(OpenStudy study, FormLibrary library, ConsentCheck consent) {
        this(study, library, consent, SubmissionListener.NONE);
    }

    /** @param listener told when a submission is finalized or a final one is edited (interview sources follow) */
    public SubmissionService(OpenStudy study, FormLibrary library, ConsentCheck consent, SubmissionListener listener) {
        this(study, library, consent, listener, new ShiftService(study));
    }

    public SubmissionService(OpenStudy study, FormLibrary library, ConsentCheck consent, SubmissionListener listener,
                             ShiftService shifts) {
        this.study = study;
        this.library = library;
        this.rows = new SubmissionRows(study, library);
        this.consent = consent;
        this.shifts = shifts;
        this.listener = listener;
    }

    /** Starts a new submission; interviews with a participant need their consent first. */
    public FillingSession start(String formVersionId, StartOptions options) {
        study.require(Capability.COLLECT);
        if (options.participantId() != null) {
            consent.requireConsentToInterview(options.participantId());
        }
        FormVersion form = library.version(formVersionId);
        FormDefinition definition = library.definition(form);
        FormSession session = FormSession.start(definition, context());
        Optional<Shift> shift = shifts.current();
        NamedPrefill prefill = new NamedPrefill().participant(options.participantCode());
        shift.ifPresent(prefill::shift);
        prefill.apply(session);
        String siteCode = options.siteCode() != null ? options.siteCode()
                : shift.map(Shift::siteCode).orElse(null);
        var now = study.clock().instant();
        Submission draft = new Submission(Ids.newId(), form.id(), SubmissionStatus.DRAFT, 1, now, now,
                siteCode, study.deviceId(), study.member().id(), options.participantId(),
                session.instanceXml());
        study.changes().run(c -> {
            c.repositories().submissions().insert(draft);
            c.audit(AuditAction.SUBMISSION_CREATED, "submission", draft.id(), false,
                    "form=" + form.formId() + " version=" + form.version());
        });
        return new FillingSession(study, session, draft, false, screeningFor(form), listener, rows);
    }

    /**
     * Reopens a submission at the screen where it was left. Reopening a final submission
     * starts an audited edit: the first change records who edited it.
     */
    public FillingSession resume(String submissionId) {
        study.require(Capability.READ_RESPONSES);
        Submission s = study.submissions().findById(submissionId)
                .orElseThrow(() -> new CampoException("collect.unknownSubmission", submissionId));
        if (s.participantId() != null) {
            consent.requireConsentToInterview(s.participantId());
        }
        FormDefinition definition = library.definition(library.version(s.formRef()));
        Optional<String> position = study.submissions().position(s.id());
        FormSession session = FormSession.resume(definition, s.instanceXml(), context(), position);
        boolean editing = s.status() == SubmissionStatus.FINAL;
        return new FillingSession(study, session, s, editing, screeningFor(library.version(s.formRef())), listener, rows);
    }

    public List<SubmissionSummary> list(String formVersionId) {
        study.require(Capability.READ_RESPONSES);
        return study.submissions().list(formVersionId);
    }

    /** Every submission of every version of a form id, oldest first. */
    public List<SubmissionSummary> listAllVersions(String formId) {
        study.require(Capability.READ_RESPONSES);
        return study.forms().versionsOf(formId).stream()
                .flatMap(v -> study.submissions().list(v.id()).stream()).toList();
    }

    /** Deletes a draft, or a final submission (coordinators), leaving a tombstone for merges. */
    public void delete(String submissionId) {
        Submission s = study.submissions().findById(submissionId)
                .orElseThrow(() -> new CampoException("collect.unknownSubmission", submissionId));
        study.require(s.status() == SubmissionStatus.FINAL ? Capability.MANAGE_MEMBERS : Capability.COLLECT);
        study.changes().run(c -> {
            c.repositories().submissions().delete(submissionId);
            c.repositories().tombstones().add(new Tombstone(submissionId, Tombstone.SUBMISSION, c.now(), "deleted"));
            c.audit(AuditAction.SUBMISSION_DELETED, "submission", submissionId, false,
                    "status=" + s.status().code());
        });
    }

    /**
     * Removes a stored submission that cannot be read (damaged, or stored before instances were
     * checked on import), so that it stops being left out of every export. Coordinators only; the
     * removal is audited with the SHA-256 of the removed XML and leaves a tombstone for merges.
     * A submission that can be read is refused here (delete it instead).
     *
     * @param keepFirst receives the raw instance XML before anything is removed (to save it when
     *                  asked); if it fails, nothing is removed
     */
    public void quarantine(String submissionId, java.util.function.Consumer<String> keepFirst) {
        study.require(Capability.MANAGE_MEMBERS);
        Submission s;
        try {
            s = study.submissions().findById(submissionId)
                    .orElseThrow(() -> new CampoException("collect.unknownSubmission", submissionId));
        } catch (org.campo.store.DamagedValueException e) {
            // its stored instance does not open: nothing can be saved first, the removal is audited
            study.changes().run(change -> {
                change.repositories().submissions().delete(submissionId);
                change.repositories().tombstones().add(new org.campo.model.Tombstone(submissionId,
                        org.campo.model.Tombstone.SUBMISSION, change.now(), "quarantined"));
                change.audit(AuditAction.SUBMISSION_QUARANTINED, "submission", submissionId, false,
                        "damaged=" + e.column());
            });
            return;
        }
        String xml = s.instanceXml() == null ? "" : s.instanceXml();
        if (readable(s)) {
            throw new CampoException("collect.submissionReadable", submissionId);
        }
        keepFirst.accept(xml);
        String sha = org.campo.crypto.Hashing.sha256Hex(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        study.changes().run(change -> {
            change.repositories().submissions().delete(submissionId);
            change.repositories().tombstones().add(new org.campo.model.Tombstone(submissionId,
                    org.campo.model.Tombstone.SUBMISSION, change.now(), "quarantined"));
            change.audit(AuditAction.SUBMISSION_QUARANTINED, "submission", submissionId, false,
                    "form_ref=" + s.formRef() + " sha256=" + sha + " chars=" + xml.length());
        });
    }

    private boolean readable(Submission s) {
        try {
            FormDefinition definition = library.definition(library.version(s.formRef()));
            new org.campo.form.runtime.InstanceReader(definition.repeatPaths()).read(s.instanceXml());
            return true;
        } catch (CampoException | StackOverflowError e) {
            return false;
        }
    }

    /** What finalizing must record when the form has a screening consent question. */
    private FillingSession.Screening screeningFor(FormVersion form) {
        return ScreeningQuestion.in(library.definition(form).schema())
                .map(q -> new FillingSession.Screening(form.formId(), q.path(), library.screening()))
                .orElse(null);
    }

    private SessionContext context() {
        return new SessionContext(study.deviceId(), study.member().userName(), study.clock());
    }
}
