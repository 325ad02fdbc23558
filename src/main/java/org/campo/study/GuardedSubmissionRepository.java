package org.campo.study;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.campo.model.Role;
import org.campo.model.Submission;
import org.campo.store.SealedSubmission;
import org.campo.store.SubmissionRepository;
import org.campo.model.SubmissionStatus;
import org.campo.model.SubmissionSummary;

/**
 * The submissions of an unlocked study as every feature sees them: anything that returns
 * answers needs {@link Capability#READ_RESPONSES}, anything that writes needs
 * {@link Capability#COLLECT}. Listing and counting clear metadata stays open to every role,
 * because IRB reviewers are allowed counts. Guarding here, below every service, means no
 * screen, command or export can hand an IRB reviewer a response by forgetting a check.
 */
final class GuardedSubmissionRepository implements SubmissionRepository {
    private final SubmissionRepository delegate;
    private final Role role;

    GuardedSubmissionRepository(SubmissionRepository delegate, Role role) {
        this.delegate = delegate;
        this.role = role;
    }

    @Override
    public void insert(Submission submission) {
        Permissions.require(role, Capability.COLLECT);
        delegate.insert(submission);
    }

    @Override
    public boolean containsInstance(String instanceId) {
        return delegate.containsInstance(instanceId);
    }

    @Override
    public Optional<String> findByInstance(String instanceId) {
        return delegate.findByInstance(instanceId);
    }

    @Override
    public void insertConflicting(Submission submission) {
        Permissions.require(role, Capability.COLLECT);
        delegate.insertConflicting(submission);
    }

    @Override
    public void claimInstance(String submissionId) {
        Permissions.require(role, Capability.COLLECT);
        delegate.claimInstance(submissionId);
    }

    @Override
    public void update(Submission submission) {
        Permissions.require(role, Capability.COLLECT);
        delegate.update(submission);
    }

    @Override
    public void update(Submission submission, String position) {
        Permissions.require(role, Capability.COLLECT);
        delegate.update(submission, position);
    }

    @Override
    public Optional<Submission> findById(String id) {
        Permissions.require(role, Capability.READ_RESPONSES);
        return delegate.findById(id);
    }

    @Override
    public List<SubmissionSummary> list(String formRef) {
        return delegate.list(formRef);
    }

    @Override
    public List<SubmissionSummary> listByParticipant(String participantId) {
        return delegate.listByParticipant(participantId);
    }

    @Override
    public long count(String formRef, SubmissionStatus status) {
        return delegate.count(formRef, status);
    }

    @Override
    public void forEach(List<String> formRefs, SubmissionStatus status, Consumer<Submission> consumer) {
        Permissions.require(role, Capability.READ_RESPONSES);
        delegate.forEach(formRefs, status, consumer);
    }

    @Override
    public void forEachSealed(List<String> formRefs, SubmissionStatus status, Consumer<SealedSubmission> consumer) {
        Permissions.require(role, Capability.READ_RESPONSES);
        delegate.forEachSealed(formRefs, status, consumer);
    }

    @Override
    public void keepRow(String id, int rev, byte[] flattened) {
        Permissions.require(role, Capability.READ_RESPONSES);
        delegate.keepRow(id, rev, flattened);
    }

    @Override
    public void delete(String id) {
        Permissions.require(role, Capability.COLLECT);
        delegate.delete(id);
    }

    @Override
    public void savePosition(String id, String position) {
        Permissions.require(role, Capability.COLLECT);
        delegate.savePosition(id, position);
    }

    @Override
    public Optional<String> position(String id) {
        return delegate.position(id);
    }

    @Override
    public void linkParticipant(String id, String participantId) {
        Permissions.require(role, Capability.COLLECT);
        delegate.linkParticipant(id, participantId);
    }
}
