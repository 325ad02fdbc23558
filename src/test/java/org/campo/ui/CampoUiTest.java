package org.campo.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.campo.app.AppContext;
import org.campo.common.Messages;
import org.campo.ui.common.MutableClock;
import org.campo.ui.common.ScriptedDialogService;
import org.campo.ui.common.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real app window on a temporary Campo home, a fake clock, fast key derivation and
 * scripted dialogs. Works with a display, under Xvfb, and headless with Monocle.
 */
public abstract class CampoUiTest {
    protected Path home;
    protected MutableClock clock;
    protected AppContext context;
    protected ScriptedDialogService dialogs;
    protected FxRobot robot;
    private CampoApp app;

    @BeforeAll
    static void registerToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void startApp() throws Exception {
        home = Files.createTempDirectory("campo-ui");
        System.setProperty("campo.home", home.toString());
        Messages.setLocale(Locale.ENGLISH);
        clock = MutableClock.startingNow();
        context = TestStudies.context(home, clock);
        dialogs = new ScriptedDialogService();
        prepare();
        CampoApp.contextFactory = () -> context;
        CampoApp.dialogFactory = owner -> dialogs;
        app = new CampoApp();
        FxToolkit.setupStage(stage -> app.show(stage, false));
        robot = new FxRobot();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs before the window opens, e.g. to create a study file; override as needed. */
    protected void prepare() throws Exception {
    }

    @AfterEach
    void stopApp() throws Exception {
        robot.interact(app::shutdown);
        FxToolkit.cleanupStages();
        Messages.setLocale(Locale.ENGLISH);
        TestStudies.deleteTree(home);
    }
}
