package org.campo.ui.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.campo.app.AppContext;
import org.campo.common.Messages;
import org.campo.common.SameThreadTaskExecutor;
import org.campo.merge.MergeService.PackageStatus;
import org.campo.study.OpenStudy;
import org.campo.testsupport.MergeFixture;
import org.campo.testsupport.TestApp;
import org.campo.ui.common.ScriptedDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Merge section without a toolkit: a laptop sends its package, the coordinator reads packages
 * before importing them, imports the new ones, keeps one version of a conflict and sees the merges done.
 */
class MergeViewModelTest {
    @TempDir
    Path dir;

    private AppContext ctx;
    private MergeFixture f;
    private final ScriptedDialogService dialogs = new ScriptedDialogService();

    @BeforeEach
    void kit() {
        Messages.setLocale(Locale.ENGLISH);
        ctx = TestApp.context(dir.resolve("home"));
        f = new MergeFixture(dir, ctx);
    }

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private MergeViewModel model(OpenStudy study) {
        return new MergeViewModel(study, ctx.merge(), new SameThreadTaskExecutor(), dialogs);
    }

    private Path send(Path laptop, String user, String name) {
        Path out = dir.resolve(name);
        dialogs.choosing(out);
        try (OpenStudy s = ctx.studies().unlock(laptop, user, MergeFixture.PASS.toCharArray())) {
            MergeViewModel m = model(s);
            assertThat(m.isLaptop()).isTrue();
            assertThat(m.canSend()).isTrue();
            assertThat(m.canImport()).isFalse();
            assertThat(m.sendToCoordinator()).isTrue();
            assertThat(m.reportProperty().get().text()).startsWith("Package " + name + " written in the folder")
                    .contains("submissions");
        }
        assertThat(out).exists();
        return out;
    }

    @Test
    void aLaptopSendsItsPackageAndTheCoordinatorReadsImportsAndResolves() throws Exception {
        Path a = f.laptop("laptop-a", "luis", Map.of("x", f.instance(1, "uuid:x"), "a1", f.instance(2, "uuid:a1")));
        Path b = f.laptop("laptop-b", "rosa", Map.of("x", f.instance(9, "uuid:x")));
        Path pa = send(a, "luis", "a.campopkg");
        Path pb = send(b, "rosa", "b.campopkg");
        Path damaged = dir.resolve("damaged.campopkg");
        byte[] bytes = Files.readAllBytes(pb);
        bytes[bytes.length - 5] ^= 0x10;
        Files.write(damaged, bytes);

        try (OpenStudy s = f.unlockCoordinator()) {
            MergeViewModel m = model(s);
            assertThat(m.canImport()).isTrue();
            m.load();
            assertThat(m.conflicts()).isEmpty();
            assertThat(m.history()).isEmpty();

            dialogs.choosingAll(pa, pb, damaged);
            assertThat(m.addPackages()).isTrue();
            assertThat(m.packages()).hasSize(3);
            var rowA = m.packages().get(0);
            assertThat(rowA.status()).isEqualTo(PackageStatus.NEW);
            assertThat(rowA.origin().text()).startsWith("From luis");
            assertThat(rowA.contents().text()).startsWith("2 submissions");
            assertThat(rowA.chain().text()).startsWith("Audit chain:");
            assertThat(rowA.selected().get()).isTrue();
            var refused = m.packages().get(2);
            assertThat(refused.status()).isEqualTo(PackageStatus.REFUSED);
            assertThat(refused.refusal().text()).contains("does not open with this study's key");
            assertThat(refused.selected().get()).isFalse();
            assertThat(refused.importable()).isFalse();
            assertThat(s.repositories().merges().deviceHeads()).isEmpty(); // nothing imported by reading
            // the same file again is not listed twice
            dialogs.choosingAll(pa);
            assertThat(m.addPackages()).isFalse();

            assertThat(m.canImportSelectedProperty().get()).isTrue();
            assertThat(m.importSelected()).isTrue();
            assertThat(rowA.outcomeKindProperty().get()).isEqualTo(MergeViewModel.Outcome.ADDED);
            assertThat(rowA.outcomeProperty().get().text()).startsWith("Imported: 2 added");
            assertThat(m.packages().get(1).outcomeKindProperty().get()).isEqualTo(MergeViewModel.Outcome.CONFLICTS);
            assertThat(refused.outcomeProperty().get()).isNull();
            assertThat(m.reportProperty().get().text()).contains("2 packages");
            assertThat(m.canImportSelectedProperty().get()).isFalse();
            assertThat(m.history()).hasSize(2);
            assertThat(m.conflicts()).singleElement().satisfies(c ->
                    assertThat(c.differences()).singleElement().satisfies(d -> {
                        assertThat(d.question()).isEqualTo("crossing/group_seq");
                        assertThat(d.kept()).isEqualTo("1");
                        assertThat(d.other()).isEqualTo("9");
                    }));

            var conflict = m.conflicts().get(0);
            dialogs.answering(false);
            assertThat(m.keep(conflict, true)).isFalse();
            assertThat(m.conflicts()).hasSize(1);
            dialogs.answering(true);
            assertThat(m.keep(conflict, true)).isTrue();
            assertThat(m.conflicts()).isEmpty();
            assertThat(m.reportProperty().get().text()).contains("rosa");
            String kept = s.submissions().findByInstance("uuid:x").orElseThrow();
            assertThat(kept).isEqualTo(conflict.other().submissionId());

            // a package read again after it was imported is a no-op
            MergeViewModel again = model(s);
            dialogs.choosingAll(pa);
            again.addPackages();
            assertThat(again.packages()).singleElement()
                    .satisfies(r -> assertThat(r.status()).isEqualTo(PackageStatus.ALREADY_MERGED));
            assertThat(again.importSelected()).isFalse();
            assertThat(dialogs.errors()).isEmpty();
        }
    }

    /**
     * Behaves as the app's executor does when the user presses Cancel: the listener reports it after
     * the first step, and a result that arrives afterwards is dropped (failures still reach the screen).
     */
    private static final class CancellingExecutor implements org.campo.common.TaskExecutor {
        boolean cancelAfterFirstStep;

        @Override
        public <T> TaskHandle submit(String titleKey, org.campo.common.BackgroundTask<T> task,
                                     java.util.function.Consumer<? super T> onSuccess,
                                     java.util.function.Consumer<? super Throwable> onFailure) {
            boolean[] cancelled = {false};
            org.campo.common.ProgressListener listener = new org.campo.common.ProgressListener() {
                private int steps;

                @Override
                public void progress(long done, long total, String message) {
                    if (cancelAfterFirstStep && ++steps > 1) {
                        cancelled[0] = true;
                    }
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }
            };
            try {
                T result = task.run(listener);
                if (!cancelled[0]) {
                    onSuccess.accept(result);
                }
            } catch (Exception e) {
                onFailure.accept(e);
            }
            return new TaskHandle() {
                @Override
                public void cancel() {
                    cancelled[0] = true;
                }

                @Override
                public boolean isDone() {
                    return true;
                }
            };
        }
    }

    @Test
    void aCancelledImportStopsBetweenPackagesAndShowsWhatWasImported() {
        Path a = f.laptop("laptop-a", "luis", Map.of("a1", f.instance(1, "uuid:a1")));
        Path b = f.laptop("laptop-b", "rosa", Map.of("b1", f.instance(2, "uuid:b1")));
        Path pa = f.packageOf(a, "luis", "a.campopkg");
        Path pb = f.packageOf(b, "rosa", "b.campopkg");
        CancellingExecutor executor = new CancellingExecutor();
        try (OpenStudy s = f.unlockCoordinator()) {
            MergeViewModel m = new MergeViewModel(s, ctx.merge(), executor, dialogs);
            dialogs.choosingAll(pa, pb);
            m.addPackages();
            executor.cancelAfterFirstStep = true;
            assertThat(m.importSelected()).isTrue();

            assertThat(m.runningProperty().get()).isFalse();
            assertThat(m.packages().get(0).outcomeKindProperty().get()).isEqualTo(MergeViewModel.Outcome.ADDED);
            assertThat(m.packages().get(1).importable()).isTrue();
            assertThat(m.reportProperty().get().text()).isEqualTo(
                    "Stopped after 1 of 2 packages; those are imported, the others were left as they were.");
            assertThat(m.history()).hasSize(1);
            assertThat(dialogs.errors()).isEmpty();
        }
    }

    @Test
    void theCoordinatorWritesAKitForANewLaptopInSpanish() {
        Messages.setLocale(Locale.forLanguageTag("es"));
        Path kit = dir.resolve("nueva.campokit");
        dialogs.choosing(kit);
        try (OpenStudy s = f.unlockCoordinator()) {
            MergeViewModel m = model(s);
            assertThat(m.canWriteKit()).isTrue();
            assertThat(m.prepareLaptop()).isTrue();
            assertThat(m.reportProperty().get().text()).startsWith("Se escribió el kit nueva.campokit")
                    .containsPattern("[0-9A-F]{5}-[0-9A-F]{5}");
        }
        assertThat(ctx.merge().describeKit(kit).members()).isEqualTo(3);
    }

    @Test
    void aCancelledChooserStartsNothing() {
        Path a = f.laptop("laptop-a", "luis", Map.of());
        dialogs.cancellingChooser();
        try (OpenStudy s = ctx.studies().unlock(a, "luis", MergeFixture.PASS.toCharArray())) {
            MergeViewModel m = model(s);
            assertThat(m.sendToCoordinator()).isFalse();
            assertThat(m.reportProperty().get()).isNull();
            assertThat(m.canWriteKit()).isFalse();
        }
    }
}
