package org.campo.ui.forms;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import org.campo.app.AppContext;
import org.campo.collect.StartOptions;
import org.campo.common.AppDirectories;
import org.campo.common.Messages;
import org.campo.study.OpenStudy;
import org.campo.ui.common.TestStudies;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs in a child JVM for {@code KillAndReopenUiTest}: opens the study, starts a submission
 * in the real filler, answers through the keyboard and mouse, reports the submission id on
 * standard output and then waits to be killed.
 */
public final class FillerChildMain {
    private FillerChildMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream report = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, "UTF-8");
        Messages.setLocale(Locale.ENGLISH);
        AppContext context = new AppContext(new AppDirectories(Path.of(args[0])), Clock.systemUTC(),
                TestStudies.FAST_KDF);
        OpenStudy study = context.studies().unlock(Path.of(args[1]), "ana", TestStudies.PASSPHRASE.toCharArray());
        String formVersion = context.forms(study).forms().get(0).form().id();
        SavedFilling filling = new SavedFilling(context.submissions(study).start(formVersion, StartOptions.NONE));
        FormFillerViewModel model = new FormFillerViewModel(filling, new org.campo.ui.common.ScriptedDialogService());

        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new FormFillerView(model, new NoFiles(), ZoneId.systemDefault(), null),
                    1100, 700));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        FxRobot robot = new FxRobot();
        robot.clickOn("#q-department-piura");
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#q-province-paita");
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#q-age").write("34").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup("#question-with_others").query();
        report.println("ANSWERED " + filling.submissionId());
        Thread.sleep(Long.MAX_VALUE);
    }

    /** No file choosers in the child. */
    private static final class NoFiles implements AttachmentChooser {
        @Override
        public java.util.Optional<Path> chooseWorkbook() {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<Path> chooseAttachment(org.campo.form.runtime.PromptType type) {
            return java.util.Optional.empty();
        }
    }
}
