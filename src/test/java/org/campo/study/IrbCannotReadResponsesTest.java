package org.campo.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.campo.common.AccessDeniedException;
import org.campo.crypto.KdfParameters;
import org.campo.model.FormVersion;
import org.campo.model.ParticipantRow;
import org.campo.model.Role;
import org.campo.model.Submission;
import org.campo.model.SubmissionStatus;
import org.campo.model.WithdrawalRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IrbCannotReadResponsesTest {
    @TempDir
    Path tmp;

    @Test
    void theSubmissionsOfAnUnlockedStudyGiveIrbReviewersCountsButNoAnswers() {
        StudyService studies = new StudyService(Clock.systemUTC(), "device", new KdfParameters(8192, 1, 1),
                new UnlockThrottle(ms -> { }));
        Path file = tmp.resolve("s.campo");
        OpenStudy coordinator = studies.create(file, "S", "ana", Role.COORDINATOR,
                "correct horse battery".toCharArray()).study();
        coordinator.forms().add(new FormVersion("f1", "form", "1", "sha", "Form", new byte[0], "<h:html/>",
                Instant.now()));
        coordinator.submissions().insert(new Submission("s1", "f1", SubmissionStatus.FINAL, 1, Instant.now(),
                Instant.now(), null, "device", coordinator.member().id(), null, "<data>secret</data>"));
        coordinator.addMember("irene", Role.IRB, "review board passphrase".toCharArray());
        coordinator.lock();

        OpenStudy irb = studies.unlock(file, "irene", "review board passphrase".toCharArray());
        try {
            assertThat(irb.submissions().count("f1", SubmissionStatus.FINAL)).isEqualTo(1);
            assertThat(irb.submissions().list("f1")).hasSize(1);
            assertThatThrownBy(() -> irb.submissions().findById("s1")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> irb.submissions().forEach(List.of("f1"), SubmissionStatus.FINAL, s -> { }))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> irb.submissions().delete("s1")).isInstanceOf(AccessDeniedException.class);
        } finally {
            irb.lock();
        }
    }

    @Test
    void consentReadsGiveIrbReviewersCodesAndWithdrawalsButNeitherAttributesNorReasons() {
        StudyService studies = new StudyService(Clock.systemUTC(), "device", new KdfParameters(8192, 1, 1),
                new UnlockThrottle(ms -> { }));
        Path file = tmp.resolve("c.campo");
        OpenStudy coordinator = studies.create(file, "S", "ana", Role.COORDINATOR,
                "correct horse battery".toCharArray()).study();
        coordinator.changes().run(c -> {
            c.repositories().participants().add(new ParticipantRow("p1", "TUM-001", Instant.now(), false),
                    Map.of("gender_identity", "mujer trans"));
            c.repositories().participants().markWithdrawn("p1");
            c.repositories().consents().addWithdrawal(new WithdrawalRow("w1", "p1", "TUM-001", Instant.now(), "keep",
                    coordinator.member().id(), "ya no se siente segura"));
            c.audit("test.withdrawal", "participant and withdrawal for the role guard");
        });
        assertThat(coordinator.repositories().consents().withdrawals()).extracting(WithdrawalRow::reason)
                .containsExactly("ya no se siente segura");
        coordinator.addMember("irene", Role.IRB, "review board passphrase".toCharArray());
        coordinator.lock();

        OpenStudy irb = studies.unlock(file, "irene", "review board passphrase".toCharArray());
        try {
            assertThat(irb.repositories().participants().all()).extracting(ParticipantRow::code)
                    .containsExactly("TUM-001");
            assertThat(irb.repositories().consents().withdrawals()).singleElement()
                    .satisfies(w -> assertThat(w.participantCode()).isEqualTo("TUM-001"))
                    .satisfies(w -> assertThat(w.reason()).isNull());
            assertThat(irb.repositories().consents().withdrawalOf("p1")).get()
                    .satisfies(w -> assertThat(w.reason()).isNull());
            assertThatThrownBy(() -> irb.repositories().participants().attributes("p1"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> irb.repositories().participants().add(
                    new ParticipantRow("p2", "TUM-002", Instant.now(), false), null))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            irb.lock();
        }
    }
}
