package org.campo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.campo.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    @TempDir
    Path dir;
    private Database db;
    private AuditLog log;

    @BeforeEach
    void openFile() {
        db = Database.open(dir.resolve("audit.campo"), true);
        log = new AuditLog(db, Clock.fixed(Instant.parse("2024-03-01T12:00:00.123456Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void closeFile() {
        db.close();
    }

    private void appendFive() {
        for (int i = 1; i <= 5; i++) {
            log.append("ana", AuditAction.EXPORT, "n=" + i);
        }
    }

    private void insertMember(String id, String user) {
        db.update("INSERT INTO member(id, user_name, role, created_at) VALUES (?,?,'researcher','2024-03-01T12:00:00Z')",
                id, user);
    }

    @Test
    void appendsChainEachEntryToThePreviousOne() {
        AuditEntry first = log.append("ana", AuditAction.STUDY_CREATED, "study=x");
        AuditEntry second = log.append("ana", AuditAction.UNLOCKED, "device=d1");

        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.prevHash()).isEqualTo(AuditLog.GENESIS);
        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(first.hash()).isEqualTo(AuditLog.chainHash(AuditLog.GENESIS, first));
        assertThat(log.head()).isEqualTo(second.hash());
        assertThat(log.size()).isEqualTo(2);
    }

    @Test
    void storedEntriesReadBackAsAppended() {
        AuditEntry e = log.append("ana", AuditAction.EXPORT, null, null, false, "format=csv");

        assertThat(log.entries(1, 10)).containsExactly(e);
    }

    @Test
    void emptyLogHasGenesisHeadAndVerifies() {
        AuditVerification v = log.verify();

        assertThat(log.head()).isEqualTo(AuditLog.GENESIS);
        assertThat(v.ok()).isTrue();
        assertThat(v.entries()).isZero();
    }

    @Test
    void intactChainVerifies() {
        appendFive();

        AuditVerification v = log.verify();

        assertThat(v.ok()).isTrue();
        assertThat(v.firstBrokenSeq()).isEqualTo(-1);
        assertThat(v.entries()).isEqualTo(5);
        assertThat(v.head()).isEqualTo(log.head());
    }

    @Test
    void editedDetailsAreReportedAtThatSequenceNumber() {
        appendFive();
        db.update("UPDATE audit SET details = 'n=99' WHERE seq = 3");

        AuditVerification v = log.verify();

        assertThat(v.ok()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(3);
        assertThat(v.problems()).extracting(AuditVerification.Problem::key).containsExactly("audit.verify.badHash");
    }

    @Test
    void editedEntryWithRecomputedHashBreaksTheNextLink() {
        appendFive();
        AuditEntry third = log.entries(3, 1).get(0);
        AuditEntry forged = new AuditEntry(3, third.at(), "mallory", third.action(), null, null, null, third.details(),
                third.prevHash(), null);
        db.update("UPDATE audit SET actor = 'mallory', hash = ? WHERE seq = 3", AuditLog.chainHash(third.prevHash(), forged));

        AuditVerification v = log.verify();

        assertThat(v.firstBrokenSeq()).isEqualTo(4);
        assertThat(v.problems()).extracting(AuditVerification.Problem::key).containsExactly("audit.verify.badLink");
    }

    @Test
    void deletedMiddleEntryIsReported() {
        appendFive();
        db.update("DELETE FROM audit WHERE seq = 2");

        AuditVerification v = log.verify();

        assertThat(v.ok()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(2);
        assertThat(v.problems()).extracting(AuditVerification.Problem::key).contains("audit.verify.missing");
    }

    @Test
    void sealedRowChangedBehindCamposBackIsReported() {
        insertMember("m1", "rosa");
        AuditEntry sealed = log.append("ana", AuditAction.MEMBER_ADDED, "member", "m1", true, "role=researcher");
        log.append("ana", AuditAction.EXPORT, "n=1");
        assertThat(sealed.subjectDigest()).isNotNull();
        assertThat(log.verify().ok()).isTrue();

        db.update("UPDATE member SET role = 'coordinator' WHERE id = 'm1'");

        AuditVerification v = log.verify();
        assertThat(v.firstBrokenSeq()).isEqualTo(sealed.seq());
        assertThat(v.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("audit.verify.rowChanged");
            assertThat(p.args()).contains("member", "m1");
        });
    }

    @Test
    void sealedRowDeletedIsReported() {
        insertMember("m1", "rosa");
        log.append("ana", AuditAction.MEMBER_ADDED, "member", "m1", true, null);

        db.update("DELETE FROM member WHERE id = 'm1'");

        assertThat(log.verify().problems()).extracting(AuditVerification.Problem::key)
                .containsExactly("audit.verify.rowMissing");
    }

    @Test
    void laterSealOfTheSameRowSupersedesTheEarlierOne() {
        insertMember("m1", "rosa");
        log.append("ana", AuditAction.MEMBER_ADDED, "member", "m1", true, null);
        db.update("UPDATE member SET role = 'coordinator' WHERE id = 'm1'");
        log.append("ana", AuditAction.ROLE_CHANGED, "member", "m1", true, "role=coordinator");

        assertThat(log.verify().ok()).isTrue();
    }

    @Test
    void onlyKnownTablesCanBeSealed() {
        assertThatThrownBy(() -> log.append("ana", AuditAction.EXPORT, "audit; DROP TABLE audit", "x", true, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(log.size()).isZero();
    }

    @Test
    void appendInsideARolledBackTransactionLeavesNoEntry() {
        log.append("ana", AuditAction.UNLOCKED, null);

        assertThatThrownBy(() -> db.run(() -> {
            insertMember("m1", "rosa");
            log.append("ana", AuditAction.MEMBER_ADDED, "member", "m1", true, null);
            throw new IllegalStateException("the change failed after its audit entry");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(log.size()).isEqualTo(1);
        assertThat(db.query("SELECT id FROM member", rs -> rs.getString(1))).isEmpty();
        AuditEntry next = log.append("ana", AuditAction.LOCKED, null);
        assertThat(next.seq()).isEqualTo(2);
        assertThat(log.verify().ok()).isTrue();
    }

    @Test
    void entriesPageThroughTheLog() {
        appendFive();

        List<AuditEntry> page = log.entries(2, 2);

        assertThat(page).extracting(AuditEntry::seq).containsExactly(2L, 3L);
    }
}
