package org.campo.store.memory;

import java.nio.charset.StandardCharsets;
import org.campo.store.InstanceIds;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.campo.crypto.FieldCipher;
import org.campo.store.SealedSubmission;
import org.campo.store.StoreException;
import org.campo.model.Submission;
import org.campo.store.SubmissionRepository;
import org.campo.model.SubmissionStatus;
import org.campo.model.SubmissionSummary;

/** Submissions in memory: for view-model tests and form previews. */
public final class InMemorySubmissionRepository implements SubmissionRepository {
    private final Map<String, Submission> byId = new LinkedHashMap<>();
    private final Map<String, String> positions = new LinkedHashMap<>();
    /** Kept flattened rows by submission id, with the revision they flatten. */
    private final Map<String, Map.Entry<Integer, byte[]>> rows = new LinkedHashMap<>();
    /** Nothing is encrypted in memory. */
    private static final FieldCipher CLEAR = new FieldCipher() {
        @Override
        public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
            return plaintext.clone();
        }

        @Override
        public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
            return ciphertext.clone();
        }

        @Override
        public String keyedHash(String purpose, String value) {
            return purpose + "|" + value;
        }
    };

    @Override
    public synchronized void insert(Submission s) {
        if (byId.containsKey(s.id())) {
            throw new StoreException("store.writeFailed", "duplicate id " + s.id());
        }
        String instanceId = InstanceIds.of(s.instanceXml());
        if (instanceId != null && containsInstance(instanceId)) {
            throw new StoreException("store.duplicateInstance", instanceId);
        }
        byId.put(s.id(), s);
    }

    private final java.util.Set<String> unclaimed = new java.util.HashSet<>();

    @Override
    public synchronized boolean containsInstance(String instanceId) {
        return findByInstance(instanceId).isPresent();
    }

    @Override
    public synchronized Optional<String> findByInstance(String instanceId) {
        return byId.values().stream().filter(s -> !unclaimed.contains(s.id()))
                .filter(s -> instanceId.equals(InstanceIds.of(s.instanceXml()))).map(Submission::id).findFirst();
    }

    @Override
    public synchronized void insertConflicting(Submission s) {
        byId.put(s.id(), s);
        unclaimed.add(s.id());
    }

    @Override
    public synchronized void claimInstance(String submissionId) {
        unclaimed.remove(submissionId);
    }

    @Override
    public synchronized void update(Submission s) {
        Submission old = byId.get(s.id());
        if (old == null || old.rev() != s.rev() - 1) {
            throw new StoreException("store.staleRevision", s.id());
        }
        byId.put(s.id(), s);
        rows.remove(s.id());
    }

    @Override
    public synchronized Optional<Submission> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<SubmissionSummary> list(String formRef) {
        return sorted().filter(s -> s.formRef().equals(formRef)).map(InMemorySubmissionRepository::summary).toList();
    }

    @Override
    public synchronized List<SubmissionSummary> listByParticipant(String participantId) {
        return sorted().filter(s -> participantId.equals(s.participantId()))
                .map(InMemorySubmissionRepository::summary).toList();
    }

    @Override
    public synchronized long count(String formRef, SubmissionStatus status) {
        return byId.values().stream().filter(s -> s.formRef().equals(formRef) && s.status() == status).count();
    }

    @Override
    public synchronized void forEach(List<String> formRefs, SubmissionStatus status, Consumer<Submission> consumer) {
        sorted().filter(s -> formRefs.contains(s.formRef()) && s.status() == status).toList().forEach(consumer);
    }

    @Override
    public synchronized void forEachSealed(List<String> formRefs, SubmissionStatus status,
                                           Consumer<SealedSubmission> consumer) {
        sorted().filter(s -> formRefs.contains(s.formRef()) && s.status() == status).toList().forEach(s -> {
            Map.Entry<Integer, byte[]> row = rows.get(s.id());
            byte[] kept = row != null && row.getKey() == s.rev() ? row.getValue() : null;
            consumer.accept(new SealedSubmission(s.id(), s.status(), s.rev(), s.createdAt(), s.updatedAt(),
                    s.siteCode(), s.deviceId(), s.participantId(), kept,
                    kept == null ? s.instanceXml().getBytes(StandardCharsets.UTF_8) : null, CLEAR));
        });
    }

    @Override
    public synchronized void keepRow(String id, int rev, byte[] flattened) {
        Submission s = byId.get(id);
        if (s != null && s.rev() == rev) {
            rows.put(id, Map.entry(rev, flattened.clone()));
        }
    }

    @Override
    public synchronized void delete(String id) {
        byId.remove(id);
        rows.remove(id);
        positions.remove(id);
    }

    @Override
    public synchronized void savePosition(String id, String position) {
        if (byId.containsKey(id)) {
            positions.put(id, position);
        }
    }

    @Override
    public synchronized Optional<String> position(String id) {
        return Optional.ofNullable(positions.get(id));
    }

    @Override
    public synchronized void linkParticipant(String id, String participantId) {
        byId.computeIfPresent(id, (k, s) -> new Submission(s.id(), s.formRef(), s.status(), s.rev(), s.createdAt(),
                s.updatedAt(), s.siteCode(), s.deviceId(), s.memberId(), participantId, s.instanceXml()));
    }

    private java.util.stream.Stream<Submission> sorted() {
        return byId.values().stream().sorted(Comparator.comparing(Submission::createdAt).thenComparing(Submission::id));
    }

    private static SubmissionSummary summary(Submission s) {
        return new SubmissionSummary(s.id(), s.formRef(), s.status(), s.rev(), s.createdAt(), s.updatedAt(),
                s.siteCode(), s.memberId(), s.participantId());
    }
}
