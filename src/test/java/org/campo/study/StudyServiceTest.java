package org.campo.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.campo.audit.AuditAction;
import org.campo.audit.AuditEntry;
import org.campo.common.AccessDeniedException;
import org.campo.common.CampoException;
import org.campo.crypto.KdfParameters;
import org.campo.model.Role;
import org.campo.model.Site;
import org.campo.store.StoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyServiceTest {
    private static final KdfParameters FAST = new KdfParameters(8192, 1, 1);
    private static final String PASS = "correct horse battery";

    @TempDir
    Path dir;
    private Path file;
    private final List<Long> sleeps = new ArrayList<>();
    private StudyService service;

    @BeforeEach
    void setUp() {
        file = dir.resolve("frontera.campo");
        service = new StudyService(Clock.fixed(Instant.parse("2024-03-01T12:00:00Z"), ZoneOffset.UTC), "dev-1", FAST,
                new UnlockThrottle(sleeps::add));
    }

    private char[] createStudy() {
        CreatedStudy created = service.create(file, "Frontera norte", "ana", Role.COORDINATOR, PASS.toCharArray());
        try (OpenStudy study = created.study()) {
            study.addSite(new Site("s1", "TUM", "CEBAF Tumbes", -3.5, -80.4));
        }
        return created.recoveryKey();
    }

    private static void assertWrongPassphrase(Runnable attempt) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(WrongPassphraseException.class,
                e -> assertThat(e.key()).isEqualTo("study.wrongPassphrase"));
    }

    private void failOnce() {
        assertWrongPassphrase(() -> service.unlock(file, "ana", "wrong passphrase".toCharArray()));
    }

    @Test
    void createdStudyIsOpenForItsCreator() {
        CreatedStudy created = service.create(file, "Frontera norte", "ana", Role.COORDINATOR, PASS.toCharArray());
        try (OpenStudy study = created.study()) {
            assertThat(study.member().userName()).isEqualTo("ana");
            assertThat(study.role()).isEqualTo(Role.COORDINATOR);
            assertThat(study.record().name()).isEqualTo("Frontera norte");
            assertThat(study.audit().entries(1, 10)).extracting(AuditEntry::action)
                    .containsExactly(AuditAction.STUDY_CREATED);
        }
        assertThat(new String(created.recoveryKey())).startsWith("CAMPO-");
    }

    @Test
    void summaryNeedsNoKey() {
        createStudy();

        StudySummary summary = service.summary(file);

        assertThat(summary.name()).isEqualTo("Frontera norte");
        // login names are sealed: the summary counts who can unlock but lists no name
        assertThat(summary.userNames()).isEmpty();
        assertThat(summary.memberCount()).isEqualTo(1);
    }

    @Test
    void unlocksWithThePassphrase() {
        createStudy();

        try (OpenStudy study = service.unlock(file, "ana", PASS.toCharArray())) {
            assertThat(study.unlockedWithRecoveryKey()).isFalse();
            assertThat(study.listSites()).extracting(Site::name).containsExactly("CEBAF Tumbes");
            assertThat(study.audit().verify().ok()).isTrue();
        }
    }

    @Test
    void unlocksWithTheRecoveryKeyAsCoordinator() {
        char[] recovery = createStudy();

        try (OpenStudy study = service.unlock(file, "ana", recovery)) {
            assertThat(study.unlockedWithRecoveryKey()).isTrue();
            assertThat(study.actor()).isEqualTo("ana (recovery key)");
            assertThat(study.listSites()).extracting(Site::code).containsExactly("TUM");
        }
    }

    @Test
    void recoveryKeyCopiedByHandStillUnlocks() {
        String recovery = new String(createStudy());
        String typed = recovery.toLowerCase().replace('0', 'o').replace('1', 'l').replace("-", " - ");

        try (OpenStudy study = service.unlock(file, "", typed.toCharArray())) {
            assertThat(study.unlockedWithRecoveryKey()).isTrue();
            assertThat(study.member().userName()).isEqualTo("ana");
        }
    }

    @Test
    void recoveryKeyIsRefusedToAResearcher() {
        char[] recovery = createStudy();
        try (OpenStudy study = service.unlock(file, "ana", PASS.toCharArray())) {
            study.addMember("rosa", Role.RESEARCHER, "rosa's passphrase".toCharArray());
        }

        assertThatThrownBy(() -> service.unlock(file, "rosa", recovery))
                .isInstanceOfSatisfying(WrongPassphraseException.class,
                        e -> assertThat(e.key()).isEqualTo("study.recoveryNeedsCoordinator"));
    }

    @Test
    void wrongPassphraseIsRefused() {
        createStudy();

        failOnce();
    }

    @Test
    void unknownUserGetsTheSameErrorAsAWrongPassphrase() {
        createStudy();

        assertWrongPassphrase(() -> service.unlock(file, "mallory", PASS.toCharArray()));
        assertWrongPassphrase(() -> service.unlock(file, "mallory", "wrong but long enough".toCharArray()));
        // with a single member, no name is needed (names are sealed, the unlock screen cannot list them)
        try (OpenStudy s = service.unlock(file, null, PASS.toCharArray())) {
            assertThat(s.member().userName()).isEqualTo("ana");
        }
    }

    @Test
    void failedUnlockIsAudited() {
        createStudy();
        failOnce();

        try (OpenStudy study = service.unlock(file, "ana", PASS.toCharArray())) {
            assertThat(study.audit().entries(1, 100)).extracting(AuditEntry::action)
                    .contains(AuditAction.UNLOCK_FAILED);
        }
    }

    @Test
    void throttleWaitsOnlyAfterThreeFailuresAndDoublesTheWait() {
        createStudy();

        for (int i = 0; i < 3; i++) {
            failOnce();
        }
        assertThat(sleeps).isEmpty();

        failOnce();
        failOnce();
        failOnce();
        assertThat(sleeps).containsExactly(1000L, 2000L, 4000L);
    }

    @Test
    void successfulUnlockResetsTheThrottle() {
        createStudy();
        for (int i = 0; i < 4; i++) {
            failOnce();
        }
        service.unlock(file, "ana", PASS.toCharArray()).lock();
        sleeps.clear();

        failOnce();

        assertThat(sleeps).isEmpty();
    }

    @Test
    void throttleDelayIsCappedAtThirtySeconds() {
        assertThat(UnlockThrottle.delayMs(0)).isZero();
        assertThat(UnlockThrottle.delayMs(2)).isZero();
        assertThat(UnlockThrottle.delayMs(3)).isEqualTo(1000);
        assertThat(UnlockThrottle.delayMs(7)).isEqualTo(16_000);
        assertThat(UnlockThrottle.delayMs(8)).isEqualTo(30_000);
        assertThat(UnlockThrottle.delayMs(1000)).isEqualTo(30_000);
    }

    @Test
    void lockedStudyCannotBeUsed() {
        createStudy();
        OpenStudy study = service.unlock(file, "ana", PASS.toCharArray());

        study.lock();

        assertThat(study.isLocked()).isTrue();
        assertThatThrownBy(study::listSites).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> study.cipher().sealText("site", "details_enc", "s1", "x"))
                .isInstanceOf(IllegalStateException.class);
        study.lock(); // twice is harmless
    }

    @Test
    void lockIsAudited() {
        createStudy();
        service.unlock(file, "ana", PASS.toCharArray()).lock();

        try (OpenStudy study = service.unlock(file, "ana", PASS.toCharArray())) {
            assertThat(study.audit().entries(1, 100)).extracting(AuditEntry::action).contains(AuditAction.LOCKED);
        }
    }

    @Test
    void coordinatorAddsAMemberWhoCanThenUnlock() {
        createStudy();
        try (OpenStudy study = service.unlock(file, "ana", PASS.toCharArray())) {
            study.addMember("rosa", Role.RESEARCHER, "rosa's passphrase".toCharArray());
        }

        try (OpenStudy rosa = service.unlock(file, "rosa", "rosa's passphrase".toCharArray())) {
            assertThat(rosa.role()).isEqualTo(Role.RESEARCHER);
            assertThat(rosa.listSites()).hasSize(1);
        }
    }

    @Test
    void researcherCannotAddMembers() {
        createStudy();
        try (OpenStudy study = service.unlock(file, "ana", PASS.toCharArray())) {
            study.addMember("rosa", Role.RESEARCHER, "rosa's passphrase".toCharArray());
        }

        try (OpenStudy rosa = service.unlock(file, "rosa", "rosa's passphrase".toCharArray())) {
            assertThatThrownBy(() -> rosa.addMember("luis", Role.COORDINATOR, "luis passphrase".toCharArray()))
                    .isInstanceOfSatisfying(AccessDeniedException.class,
                            e -> assertThat(e.key()).isEqualTo("study.denied"));
            assertThat(rosa.members().findByUserName("luis")).isEmpty();
        }
    }

    @Test
    void duplicateMemberIsRefused() {
        createStudy();
        try (OpenStudy study = service.unlock(file, "ana", PASS.toCharArray())) {
            assertThatThrownBy(() -> study.addMember("ana", Role.RESEARCHER, "another passphrase".toCharArray()))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.key()).isEqualTo("store.duplicateMember"));
        }
    }

    @Test
    void changedPassphraseReplacesTheOldOne() {
        createStudy();
        try (OpenStudy study = service.unlock(file, "ana", PASS.toCharArray())) {
            study.changePassphrase("a brand new passphrase".toCharArray());
        }

        assertWrongPassphrase(() -> service.unlock(file, "ana", PASS.toCharArray()));
        service.unlock(file, "ana", "a brand new passphrase".toCharArray()).lock();
    }

    @Test
    void shortPassphraseIsRefused() {
        assertThatThrownBy(() -> service.create(file, "Frontera", "ana", Role.COORDINATOR, "short".toCharArray()))
                .isInstanceOfSatisfying(CampoException.class,
                        e -> assertThat(e.key()).isEqualTo("study.passphraseTooShort"));
        assertThatThrownBy(() -> service.create(file, "Frontera", "ana", Role.COORDINATOR, "          ".toCharArray()))
                .isInstanceOfSatisfying(CampoException.class,
                        e -> assertThat(e.key()).isEqualTo("study.passphraseTooShort"));
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void passphraseThatLooksLikeARecoveryKeyIsRefused() {
        char[] lookalike = org.campo.crypto.RecoveryKey.generate();

        assertThatThrownBy(() -> service.create(file, "Frontera", "ana", Role.COORDINATOR, lookalike))
                .isInstanceOfSatisfying(CampoException.class,
                        e -> assertThat(e.key()).isEqualTo("study.passphraseLooksLikeRecovery"));
    }

    @Test
    void studyNameAndUserNameAreRequired() {
        assertThatThrownBy(() -> service.create(file, " ", "ana", Role.COORDINATOR, PASS.toCharArray()))
                .isInstanceOfSatisfying(CampoException.class, e -> assertThat(e.key()).isEqualTo("study.nameRequired"));
        assertThatThrownBy(() -> service.create(file, "Frontera", "", Role.COORDINATOR, PASS.toCharArray()))
                .isInstanceOfSatisfying(CampoException.class,
                        e -> assertThat(e.key()).isEqualTo("study.userNameInvalid"));
    }

    @Test
    void existingFileIsNeverOverwritten() throws Exception {
        Files.writeString(file, "something precious");

        assertThatThrownBy(() -> service.create(file, "Frontera", "ana", Role.COORDINATOR, PASS.toCharArray()))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.exists"));
        assertThat(Files.readString(file)).isEqualTo("something precious");
    }
}
