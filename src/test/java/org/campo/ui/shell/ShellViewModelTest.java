package org.campo.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.campo.app.AppContext;
import org.campo.common.CampoException;
import org.campo.common.SameThreadTaskExecutor;
import org.campo.model.Role;
import org.campo.study.OpenStudy;
import org.campo.ui.common.MutableClock;
import org.campo.ui.common.ScriptedDialogService;
import org.campo.ui.common.TestStudies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {
    @TempDir
    Path home;
    private final MutableClock clock = MutableClock.startingNow();
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private AppContext context;
    private ShellViewModel shell;

    @BeforeEach
    void setUp() {
        context = TestStudies.context(home, clock);
        shell = new ShellViewModel(context, new SameThreadTaskExecutor(), dialogs);
    }

    private OpenStudy newStudy(String name) {
        return context.studies().create(home.resolve(name + ".campo"), name, "ana", Role.COORDINATOR,
                TestStudies.PASSPHRASE.toCharArray()).study();
    }

    @Test
    void showingAStudyRemembersItAndLockingReturnsToItsUnlockScreen() {
        OpenStudy study = newStudy("s");
        shell.showStudy(study);
        assertThat(shell.state()).isInstanceOf(ShellState.Study.class);
        assertThat(context.settings().lastStudy()).contains(study.file().toAbsolutePath());
        assertThat(context.settings().lastUser()).contains("ana");

        shell.lock();
        assertThat(study.isLocked()).isTrue();
        assertThat(shell.state()).isEqualTo(new ShellState.Unlock(study.file()));
    }

    @Test
    void theIdleLockLocksTheOpenStudy() {
        OpenStudy study = newStudy("idle");
        shell.showStudy(study);
        clock.advance(Duration.ofMinutes(context.settings().autoLockMinutes()));
        assertThat(shell.idleLock().check()).isTrue();
        assertThat(study.isLocked()).isTrue();
        assertThat(shell.state()).isInstanceOf(ShellState.Unlock.class);
    }

    @Test
    void openingAMissingOrForeignFileExplainsWhyInsteadOfFailing() throws Exception {
        shell.open(home.resolve("gone.campo"));
        assertThat(dialogs.errors()).extracting(m -> m.key()).containsExactly("ui.start.fileMissing");
        Path notAStudy = java.nio.file.Files.writeString(home.resolve("notes.campo"), "hello");
        shell.open(notAStudy);
        assertThat(dialogs.errors()).hasSize(2);
        assertThat(shell.state()).isInstanceOf(ShellState.Start.class);
    }

    @Test
    void theDemoOpensThroughTheExecutorAndFailuresBecomeADialog() {
        shell.openDemo(ctx -> newStudy("demo"));
        assertThat(shell.state()).isInstanceOf(ShellState.Study.class);
        shell.lock();

        shell.openDemo(ctx -> {
            throw new CampoException("study.locked");
        });
        assertThat(dialogs.errors()).extracting(m -> m.key()).containsExactly("study.locked");
    }

    @Test
    void shutdownLocks() {
        OpenStudy study = newStudy("bye");
        shell.showStudy(study);
        shell.shutdown();
        assertThat(study.isLocked()).isTrue();
    }
}
