package org.campo.store;
import org.campo.model.SubmissionSummary;
import org.campo.model.SubmissionStatus;
import org.campo.model.Submission;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Submissions; the instance XML is encrypted in the SQLite implementation. */
public interface SubmissionRepository {
    void insert(Submission submission);

    /** Replaces the instance and status; refused with {@code store.staleRevision} if rev is not the stored rev + 1. */
    void update(Submission submission);

    Optional<Submission> findById(String id);

    List<SubmissionSummary> list(String formRef);

    List<SubmissionSummary> listByParticipant(String participantId);

    long count(String formRef, SubmissionStatus status);

    /** Streams final and draft submissions of the given form versions, in creation order. */
    void forEach(List<String> formRefs, SubmissionStatus status, Consumer<Submission> consumer);

    void delete(String id);

    /** Remembers where the filler was (a screen reference), so a draft resumes exactly there. */
    void savePosition(String id, String position);

    Optional<String> position(String id);

    /** Links a submission to the participant it was collected with (e.g. after screening consent). */
    void linkParticipant(String id, String participantId);
}
