package org.campo.store;
import org.campo.model.SubmissionSummary;
import org.campo.model.SubmissionStatus;
import org.campo.model.Submission;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Submissions; the instance XML is encrypted in the SQLite implementation. */
public interface SubmissionRepository {
    /** Inserts; an instanceID already in the study is refused with {@code store.duplicateInstance}. */
    void insert(Submission submission);

    /** Whether a submission with this {@code meta/instanceID} is in the study. */
    boolean containsInstance(String instanceId);

    /** The id of the submission holding this instanceID, if any. */
    Optional<String> findByInstance(String instanceId);

    /**
     * Stores a second version of an instance already in the study (a merge conflict): kept beside the
     * first, without claiming the instanceID, until the coordinator chooses.
     */
    void insertConflicting(Submission submission);

    /** Makes this submission the holder of its instanceID (after the other version was removed). */
    void claimInstance(String submissionId);

    /** Replaces the instance and status; refused with {@code store.staleRevision} if rev is not the stored rev + 1. */
    void update(Submission submission);

    /**
     * {@link #update(Submission)} and {@link #savePosition} in one statement: the filler saves
     * the answer and the screen it was given on together, one commit (one fsync) per answer.
     */
    default void update(Submission submission, String position) {
        update(submission);
        if (position != null) {
            savePosition(submission.id(), position);
        }
    }

    Optional<Submission> findById(String id);

    List<SubmissionSummary> list(String formRef);

    List<SubmissionSummary> listByParticipant(String participantId);

    long count(String formRef, SubmissionStatus status);

    /** Streams final and draft submissions of the given form versions, in creation order. */
    void forEach(List<String> formRefs, SubmissionStatus status, Consumer<Submission> consumer);

    /**
     * Streams submissions for a dataset export, in creation order: clear columns and, sealed,
     * the kept flattened row of the current revision or (when none is kept) the instance.
     */
    void forEachSealed(List<String> formRefs, SubmissionStatus status, Consumer<SealedSubmission> consumer);

    /**
     * Keeps the flattened answers of revision {@code rev} of a submission (sealed), replacing any
     * kept before. Ignored when the submission is no longer at that revision: a row is never
     * kept for anything but the current instance. Any later change of the instance drops it.
     */
    void keepRow(String id, int rev, byte[] flattened);

    void delete(String id);

    /**
     * Remembers where the filler was (a screen reference), so a draft resumes exactly there.
     * The filler saves it through {@code UnitOfWork.savePosition}, whose commit does not wait for
     * the disk; {@link #update(Submission, String)} carries it with the next answer.
     */
    void savePosition(String id, String position);

    Optional<String> position(String id);

    /** Links a submission to the participant it was collected with (e.g. after screening consent). */
    void linkParticipant(String id, String participantId);
}
