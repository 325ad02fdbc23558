package org.campo.store;
import org.campo.model.SubmissionSummary;
import org.campo.model.SubmissionStatus;
import org.campo.model.Submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SubmissionRepository} must do. */
abstract class SubmissionRepositoryContract {
    private static final Instant T = Instant.parse("2024-03-01T12:00:00Z");
    private SubmissionRepository repo;
    private String formA;
    private String formB;

    protected abstract SubmissionRepository createRepository();

    /** Makes a form version the submissions may refer to, and returns its row id. */
    protected abstract String createForm(String formId);

    /** Makes a participant the submissions may refer to, and returns its row id. */
    protected abstract String createParticipant(String code);

    @BeforeEach
    void setUpRepository() {
        repo = createRepository();
        formA = createForm("household");
        formB = createForm("kii");
    }

    private static Submission submission(String id, String formRef, SubmissionStatus status, Instant created,
                                         String participant) {
        return new Submission(id, formRef, status, 1, created, created, "TUM", "dev-1", "m1", participant,
                "<data id=\"" + id + "\"><name>Ñandú</name></data>");
    }

    private Submission draft(String id, Instant created) {
        return submission(id, formA, SubmissionStatus.DRAFT, created, null);
    }

    @Test
    void insertedSubmissionIsFoundById() {
        Submission s = submission("s1", formA, SubmissionStatus.FINAL, T, null);
        repo.insert(s);

        assertThat(repo.findById("s1")).contains(s);
        assertThat(repo.findById("nope")).isEmpty();
    }

    @Test
    void duplicateIdIsRefused() {
        repo.insert(draft("s1", T));

        assertThatThrownBy(() -> repo.insert(draft("s1", T.plusSeconds(1))))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.writeFailed"));
    }

    private Submission withInstanceId(String id, String instanceId) {
        return new Submission(id, formA, SubmissionStatus.FINAL, 1, T, T, "TUM", "dev-1", "m1", null,
                "<data id=\"household\"><q>1</q><meta><instanceID>" + instanceId + "</instanceID></meta></data>");
    }

    @Test
    void aSecondSubmissionWithTheSameInstanceIdIsRefused() {
        repo.insert(withInstanceId("s1", "uuid:7d0c"));

        assertThat(repo.containsInstance("uuid:7d0c")).isTrue();
        assertThat(repo.containsInstance("uuid:other")).isFalse();
        assertThatThrownBy(() -> repo.insert(withInstanceId("s2", "uuid:7d0c")))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.key()).isEqualTo("store.duplicateInstance"));
        assertThat(repo.findById("s2")).isEmpty();
        repo.insert(withInstanceId("s3", "uuid:8e1d"));
    }

    @Test
    void listIsInCreationOrderEvenWithinOneSecond() {
        repo.insert(draft("c", T.plusSeconds(1)));
        repo.insert(draft("b", T.plusMillis(500)));
        repo.insert(draft("a", T));
        repo.insert(draft("d", T.plusNanos(1_000_500_000)));
        repo.insert(submission("other", formB, SubmissionStatus.DRAFT, T, null));

        assertThat(repo.list(formA)).extracting(SubmissionSummary::id).containsExactly("a", "b", "c", "d");
    }

    @Test
    void summaryCarriesTheClearColumns() {
        String p1 = createParticipant("KI-GOV-03");
        Submission s = submission("s1", formA, SubmissionStatus.FINAL, T, p1);
        repo.insert(s);

        assertThat(repo.list(formA)).containsExactly(new SubmissionSummary("s1", formA, SubmissionStatus.FINAL, 1, T, T,
                "TUM", "m1", p1));
    }

    @Test
    void listByParticipantHoldsOnlyTheirSubmissions() {
        String p1 = createParticipant("KI-GOV-03");
        String p2 = createParticipant("KI-GOV-04");
        repo.insert(submission("s2", formB, SubmissionStatus.FINAL, T.plusSeconds(2), p1));
        repo.insert(submission("s1", formA, SubmissionStatus.DRAFT, T, p1));
        repo.insert(submission("s3", formA, SubmissionStatus.FINAL, T, null));

        assertThat(repo.listByParticipant(p1)).extracting(SubmissionSummary::id).containsExactly("s1", "s2");
        assertThat(repo.listByParticipant(p2)).isEmpty();
    }

    @Test
    void updateWithNextRevisionReplacesInstanceAndStatus() {
        Submission s = draft("s1", T);
        repo.insert(s);

        Submission next = s.withInstance("<data><done/></data>", SubmissionStatus.FINAL, T.plusSeconds(30));
        repo.update(next);

        assertThat(repo.findById("s1")).contains(next);
        assertThat(next.rev()).isEqualTo(2);
    }

    @Test
    void staleRevisionIsRefused() {
        Submission s = draft("s1", T);
        repo.insert(s);
        Submission first = s.withInstance("<data>1</data>", SubmissionStatus.DRAFT, T.plusSeconds(1));
        Submission concurrent = s.withInstance("<data>other laptop</data>", SubmissionStatus.DRAFT, T.plusSeconds(2));
        repo.update(first);

        assertThatThrownBy(() -> repo.update(concurrent))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.staleRevision"));
        assertThat(repo.findById("s1")).contains(first);
    }

    @Test
    void skippingARevisionIsRefused() {
        Submission s = draft("s1", T);
        repo.insert(s);
        Submission skipped = s.withInstance("x", SubmissionStatus.DRAFT, T).withInstance("y", SubmissionStatus.DRAFT, T);

        assertThatThrownBy(() -> repo.update(skipped))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.staleRevision"));
    }

    @Test
    void updatingAnUnknownSubmissionIsRefused() {
        Submission ghost = draft("ghost", T).withInstance("x", SubmissionStatus.FINAL, T);

        assertThatThrownBy(() -> repo.update(ghost))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.staleRevision"));
    }

    @Test
    void countIsPerFormAndStatus() {
        repo.insert(submission("s1", formA, SubmissionStatus.FINAL, T, null));
        repo.insert(submission("s2", formA, SubmissionStatus.FINAL, T, null));
        repo.insert(submission("s3", formA, SubmissionStatus.DRAFT, T, null));
        repo.insert(submission("s4", formB, SubmissionStatus.FINAL, T, null));

        assertThat(repo.count(formA, SubmissionStatus.FINAL)).isEqualTo(2);
        assertThat(repo.count(formA, SubmissionStatus.DRAFT)).isEqualTo(1);
        assertThat(repo.count(formB, SubmissionStatus.DRAFT)).isZero();
    }

    @Test
    void forEachStreamsMatchingSubmissionsInCreationOrderThenId() {
        repo.insert(submission("s5", formB, SubmissionStatus.FINAL, T.plusSeconds(3), null));
        repo.insert(submission("s4", formA, SubmissionStatus.FINAL, T.plusMillis(1_250), null));
        repo.insert(submission("s3", formA, SubmissionStatus.FINAL, T.plusSeconds(1), null));
        repo.insert(submission("s2", formA, SubmissionStatus.FINAL, T, null));
        repo.insert(submission("s1", formA, SubmissionStatus.FINAL, T, null));
        repo.insert(submission("d1", formA, SubmissionStatus.DRAFT, T, null));
        String formC = createForm("unused");
        repo.insert(submission("c1", formC, SubmissionStatus.FINAL, T, null));

        List<Submission> seen = new ArrayList<>();
        repo.forEach(List.of(formA, formB), SubmissionStatus.FINAL, seen::add);

        assertThat(seen).extracting(Submission::id).containsExactly("s1", "s2", "s3", "s4", "s5");
        assertThat(seen.get(0).instanceXml()).contains("Ñandú");
    }

    @Test
    void forEachWithNoFormsStreamsNothing() {
        repo.insert(draft("s1", T));
        List<Submission> seen = new ArrayList<>();

        repo.forEach(List.of(), SubmissionStatus.DRAFT, seen::add);

        assertThat(seen).isEmpty();
    }

    @Test
    void deleteRemovesTheSubmission() {
        repo.insert(draft("s1", T));
        repo.insert(draft("s2", T));

        repo.delete("s1");
        repo.delete("unknown");

        assertThat(repo.findById("s1")).isEmpty();
        assertThat(repo.list(formA)).extracting(SubmissionSummary::id).containsExactly("s2");
    }

    @Test
    void anAnswerAndItsScreenAreSavedTogether() {
        Submission s = draft("s1", T);
        repo.insert(s);
        repo.savePosition("s1", "/data/a");
        Submission next = s.withInstance("<data><b>2</b></data>", SubmissionStatus.DRAFT, T.plusSeconds(5));

        repo.update(next, "/data/b");

        assertThat(repo.findById("s1")).contains(next);
        assertThat(repo.position("s1")).contains("/data/b");
    }

    @Test
    void anUpdateWithoutAPositionKeepsTheOneSaved() {
        Submission s = draft("s1", T);
        repo.insert(s);
        repo.savePosition("s1", "/data/a");

        repo.update(s.withInstance("<data/>", SubmissionStatus.DRAFT, T.plusSeconds(5)), null);

        assertThat(repo.position("s1")).contains("/data/a");
    }
}
