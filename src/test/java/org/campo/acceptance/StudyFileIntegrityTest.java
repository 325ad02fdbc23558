package org.campo.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.campo.app.AppContext;
import org.campo.common.CampoException;
import org.campo.model.Role;
import org.campo.study.CreatedStudy;
import org.campo.study.DeepCheck;
import org.campo.study.StudyFileCheck;
import org.campo.testsupport.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The study file keeps its promises when someone edits it behind Campo's back: a damaged key
 * slot is reported as damaged (never as a wrong passphrase, never by running out of memory),
 * and a study whose creation never finished is not taken for a study.
 */
class StudyFileIntegrityTest {
    private static final String PASS = "correct horse battery";

    @TempDir
    Path home;

    private AppContext ctx;
    private Path file;

    @BeforeEach
    void createStudy() {
        ctx = TestApp.context(home);
        file = home.resolve("tumbes.campo");
        CreatedStudy created = ctx.studies().create(file, "Tumbes", "ana", Role.COORDINATOR, PASS.toCharArray());
        created.study().lock();
    }

    private void sql(String statement, Object... params) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "UPDATE key_slot SET kdf = 'argon2id;m=2000000000;t=3;p=1' WHERE kind = 'passphrase'",
            "UPDATE key_slot SET kdf = 'argon2id;m=65536;t=2000000000;p=1' WHERE kind = 'passphrase'",
            "UPDATE key_slot SET kdf = 'argon2id;m=16384;t=2;p=1' WHERE kind = 'passphrase'",
            "UPDATE key_slot SET salt = zeroblob(16) WHERE kind = 'passphrase'",
            "UPDATE key_slot SET wrapped_key = substr(wrapped_key, 2) WHERE kind = 'passphrase'",
            "UPDATE key_slot SET digest = NULL WHERE kind = 'passphrase'"})
    void anEditedKeySlotIsReportedAsDamagedByUnlockAndByCheck(String edit) throws Exception {
        sql(edit);

        assertThatThrownBy(() -> ctx.studies().unlock(file, "ana", PASS.toCharArray()))
                .isInstanceOf(CampoException.class)
                .satisfies(e -> assertThat(((CampoException) e).key()).isEqualTo("store.keySlotDamaged"));
        StudyFileCheck.Result check = ctx.fileChecks().check(file);
        assertThat(check.ok()).isFalse();
        assertThat(check.damagedKeySlots()).hasSize(1);
    }

    @Test
    void theRecoverySlotStillOpensAStudyWhoseMemberSlotIsDamaged() throws Exception {
        home.resolve("other").toFile().mkdirs();
        Path second = home.resolve("second.campo");
        CreatedStudy created = ctx.studies().create(second, "Cusco", "ana", Role.COORDINATOR, PASS.toCharArray());
        char[] recovery = created.recoveryKey().clone();
        created.study().lock();
        file = second;
        sql("UPDATE key_slot SET salt = zeroblob(16) WHERE kind = 'passphrase'");

        ctx.studies().unlock(second, "ana", recovery).lock();
    }

    private void addSites(String... codes) {
        try (var study = ctx.studies().unlock(file, "ana", PASS.toCharArray())) {
            for (String code : codes) {
                study.addSite(new org.campo.model.Site("id-" + code, code, "Punto " + code, null, null));
            }
        }
    }

    private DeepCheck.Result deepCheck() {
        try (var study = ctx.studies().unlock(file, "ana", PASS.toCharArray())) {
            return DeepCheck.run(study, org.campo.common.ProgressListener.NONE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)",
            "DELETE FROM audit WHERE seq > (SELECT max(seq) - 3 FROM audit)",
            "DELETE FROM audit"})
    void cuttingTheEndOfTheAuditTrailIsFoundWithTheKeyEvenAfterAnotherUnlock(String cut) throws Exception {
        addSites("CEBAF", "AEROPUERTO", "TERMINAL");
        sql(cut);

        DeepCheck.Result first = deepCheck();
        assertThat(first.ok()).isFalse();
        assertThat(first.audit().problems()).extracting(p -> p.key())
                .containsAnyOf("audit.verify.truncated", "audit.verify.sealMismatch");
        // the unlock of the first check appended entries: the cut must still show
        DeepCheck.Result second = deepCheck();
        assertThat(second.ok()).isFalse();
    }

    @Test
    void anUntouchedStudyPassesTheKeyedCheckAcrossUnlocks() {
        addSites("CEBAF", "AEROPUERTO");
        assertThat(deepCheck().ok()).isTrue();
        assertThat(deepCheck().ok()).isTrue();
    }

    @Test
    void aCiphertextMovedToAnotherRowIsNamedByTheKeyedCheck() throws Exception {
        addSites("CEBAF", "AEROPUERTO");
        sql("UPDATE site SET details_enc = (SELECT details_enc FROM site WHERE code = 'CEBAF') WHERE code = 'AEROPUERTO'");

        DeepCheck.Result result = deepCheck();
        assertThat(result.damaged()).containsExactly(new DeepCheck.DamagedValue("site", "id-AEROPUERTO", "details_enc"));
    }

    @Test
    void anIntactStudyPassesTheCheck() {
        StudyFileCheck.Result check = ctx.fileChecks().check(file);
        assertThat(check.ok()).isTrue();
        assertThat(check.complete()).isTrue();
    }

    @Test
    void aStudyWhoseCreationNeverFinishedIsReportedIncompleteAndDoesNotUnlock() {
        Path unfinished = home.resolve("unfinished.campo");
        ctx.studies().createUnfinished(unfinished, "Demo", "ana", Role.COORDINATOR, PASS.toCharArray()).study().lock();

        assertThat(ctx.studies().summary(unfinished).complete()).isFalse();
        assertThat(ctx.fileChecks().check(unfinished).ok()).isFalse();
        assertThatThrownBy(() -> ctx.studies().unlock(unfinished, "ana", PASS.toCharArray()))
                .isInstanceOf(CampoException.class)
                .satisfies(e -> assertThat(((CampoException) e).key()).isEqualTo("study.incomplete"));
    }

    @Test
    void markingTheBuildCompleteMakesTheStudyUsable() {
        Path built = home.resolve("built.campo");
        var study = ctx.studies().createUnfinished(built, "Demo", "ana", Role.COORDINATOR, PASS.toCharArray()).study();
        study.markComplete();
        study.lock();

        assertThat(ctx.fileChecks().check(built).ok()).isTrue();
        ctx.studies().unlock(built, "ana", PASS.toCharArray()).lock();
    }
}
