package org.campo.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.campo.app.AppContext;
import org.campo.merge.MergeService.PackageInspection;
import org.campo.merge.MergeService.PackageStatus;
import org.campo.model.Role;
import org.campo.study.OpenStudy;
import org.campo.testsupport.MergeFixture;
import org.campo.testsupport.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the coordinator sees before importing (a package read without changing the study), the open
 * conflicts side by side, and the history of merges read back from the audit trail.
 */
class MergeInspectionTest {
    @TempDir
    Path dir;

    private AppContext ctx;
    private MergeService merge;
    private MergeFixture f;

    @BeforeEach
    void kit() {
        ctx = TestApp.context(dir.resolve("home"));
        merge = ctx.merge();
        f = new MergeFixture(dir, ctx);
    }

    @Test
    void aNewPackageIsDescribedWithoutChangingTheStudy() {
        Path a = f.laptop("laptop-a", "luis", Map.of("a1", f.instance(1, "uuid:a1"), "a2", f.instance(2, "uuid:a2")));
        Path pkg = f.packageOf(a, "luis", "a.campopkg");
        try (OpenStudy s = f.unlockCoordinator()) {
            long auditBefore = s.audit().size();
            PackageInspection seen = merge.inspectPackage(s, pkg);

            assertThat(seen.status()).isEqualTo(PackageStatus.NEW);
            assertThat(seen.refusal()).isNull();
            assertThat(seen.sender()).isEqualTo("luis");
            assertThat(seen.deviceId()).isNotBlank();
            assertThat(seen.contents().submissions()).isEqualTo(2);
            assertThat(seen.contents().participants()).isZero();
            assertThat(seen.contents().forms()).isEqualTo(1);
            assertThat(seen.chainLength()).isGreaterThan(2);
            assertThat(seen.chainHead()).hasSize(64);
            assertThat(seen.digest()).hasSize(64);
            assertThat(seen.writtenAt()).isNotNull();
            assertThat(s.audit().size()).isEqualTo(auditBefore);
            assertThat(merge.history(s)).isEmpty();

            merge.importPackage(s, pkg);
            assertThat(merge.inspectPackage(s, pkg).status()).isEqualTo(PackageStatus.ALREADY_MERGED);
        }
    }

    @Test
    void aDamagedPackageOrOneForAnotherStudyIsRefusedWithItsReason() throws Exception {
        Path a = f.laptop("laptop-a", "luis", Map.of("a1", f.instance(1, "uuid:a1")));
        Path pkg = f.packageOf(a, "luis", "a.campopkg");
        byte[] bytes = Files.readAllBytes(pkg);
        bytes[bytes.length - 10] ^= 0x01;
        Path flipped = Files.write(dir.resolve("flipped.campopkg"), bytes);
        Path cut = Files.write(dir.resolve("cut.campopkg"), java.util.Arrays.copyOf(bytes, 40));
        Path other = dir.resolve("otro.campo");
        ctx.studies().create(other, "Otro estudio", "ana", Role.COORDINATOR, MergeFixture.PASS.toCharArray())
                .study().lock();

        try (OpenStudy s = f.unlockCoordinator()) {
            PackageInspection broken = merge.inspectPackage(s, flipped);
            assertThat(broken.status()).isEqualTo(PackageStatus.REFUSED);
            assertThat(broken.refusal().key()).isEqualTo("merge.sealBroken");
            assertThat(broken.deviceId()).isNotBlank();
            assertThat(broken.contents()).isNull();
            assertThat(merge.inspectPackage(s, cut).refusal().key()).isEqualTo("merge.damaged");
        }
        try (OpenStudy s = ctx.studies().unlock(other, "ana", MergeFixture.PASS.toCharArray())) {
            PackageInspection elsewhere = merge.inspectPackage(s, pkg);
            assertThat(elsewhere.status()).isEqualTo(PackageStatus.REFUSED);
            assertThat(elsewhere.refusal().key()).isEqualTo("merge.otherStudy");
        }
    }

    @Test
    void aPackageThatDoesNotContinueWhatWasMergedIsRefusedBeforeImport() throws Exception {
        Path a = f.laptop("laptop-a", "luis", Map.of("a1", f.instance(1, "uuid:a1")));
        Path first = f.packageOf(a, "luis", "first.campopkg");
        Path second = f.packageOf(a, "luis", "second.campopkg");
        try (OpenStudy s = f.unlockCoordinator()) {
            merge.importPackage(s, second);
            PackageInspection older = merge.inspectPackage(s, first);
            assertThat(older.status()).isEqualTo(PackageStatus.REFUSED);
            assertThat(older.refusal().key()).isEqualTo("merge.chainBehind");
            assertThat(older.contents().submissions()).isEqualTo(1);
        }
    }

    @Test
    void openConflictsShowBothVersionsAndTheAnswersThatDiffer() {
        Path a = f.laptop("laptop-a", "luis", Map.of("x", f.instance(1, "uuid:x")));
        Path b = f.laptop("laptop-b", "rosa", Map.of("x", f.instance(9, "uuid:x")));
        try (OpenStudy s = f.unlockCoordinator()) {
            merge.importPackage(s, f.packageOf(a, "luis", "a.campopkg"));
            merge.importPackage(s, f.packageOf(b, "rosa", "b.campopkg"));

            var conflicts = merge.openConflicts(s);
            assertThat(conflicts).singleElement().satisfies(c -> {
                assertThat(c.formId()).isEqualTo("campo_flow_count");
                assertThat(c.instanceId()).isEqualTo("uuid:x");
                assertThat(c.kept().memberName()).isEqualTo("luis");
                assertThat(c.other().memberName()).isEqualTo("rosa");
                assertThat(c.differences()).containsExactly(
                        new MergeService.AnswerDifference("crossing/group_seq", "1", "9"));
            });
            var c = conflicts.get(0);
            merge.resolve(s, c.conflictId(), c.other().submissionId());
            assertThat(merge.openConflicts(s)).isEmpty();

            var history = merge.history(s);
            assertThat(history).hasSize(2);
            assertThat(history.get(0).conflicts()).isEqualTo(1);
            assertThat(history.get(0).added()).isZero();
            assertThat(history.get(1).added()).isEqualTo(1);
            assertThat(history.get(1).packageDigest()).hasSize(64);
            assertThat(history.get(1).headSeq()).isPositive();
            assertThat(history.get(0).actor()).isEqualTo("ana");
        }
    }

    @Test
    void aLaptopKnowsItIsOneAndSuggestsAPackageNameFromStudyMemberReplicaAndDate() {
        Path a = f.laptop("laptop-a", "luis", Map.of());
        try (OpenStudy s = ctx.studies().unlock(a, "luis", MergeFixture.PASS.toCharArray())) {
            assertThat(MergeService.isLaptop(s)).isTrue();
            assertThat(merge.packageFileName(s, LocalDate.of(2026, 12, 1)))
                    .matches("Flujos-Tumbes_luis_[0-9a-f]{6}_2026-12-01\\.campopkg");
        }
        try (OpenStudy s = f.unlockCoordinator()) {
            assertThat(MergeService.isLaptop(s)).isFalse();
            assertThat(merge.coordinatorFingerprint(s)).isPresent();
        }
    }
}
