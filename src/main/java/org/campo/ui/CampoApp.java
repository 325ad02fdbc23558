package org.campo.ui;

import atlantafx.base.theme.PrimerLight;
import java.io.InputStream;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.campo.app.AppContext;
import org.campo.common.Messages;
import org.campo.demo.DemoStudy;
import org.campo.study.OpenStudy;
import org.campo.ui.common.DialogService;
import org.campo.ui.common.FxDialogService;
import org.campo.ui.common.FxTaskExecutor;
import org.campo.ui.common.I18n;
import org.campo.ui.shell.ErrorReporter;
import org.campo.common.LogFiles;
import org.campo.ui.shell.ShellView;
import org.campo.ui.shell.ShellViewModel;

/**
 * The JavaFX application: builds the shell on the composition root and opens the window.
 * The factories are static because JavaFX creates this class itself; UI tests replace them to
 * run on a temporary folder, a fake clock, fast key derivation and scripted dialogs.
 */
public class CampoApp extends Application {
    /** The composition root; tests replace it. */
    public static volatile Supplier<AppContext> contextFactory = AppContext::production;
    /** The dialogs, given the main window; tests replace them with a scripted fake. */
    public static volatile Function<Supplier<Window>, DialogService> dialogFactory = FxDialogService::new;
    /** How {@code --demo} obtains the demo study. */
    public static volatile Function<AppContext, OpenStudy> demoStudy = DemoStudy::openOrCreate;

    private static final String DEMO = "--demo";
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(CampoApp.class.getName());
    private ShellViewModel shell;
    private ShellView view;

    @Override
    public void start(Stage stage) {
        show(stage, getParameters().getRaw().contains(DEMO));
    }

    /** Builds the window on {@code stage}; {@code demo} opens the demo study unlocked. */
    public ShellViewModel show(Stage stage, boolean demo) {
        AppContext context = contextFactory.get();
        // the window is where the app speaks; the libraries' logging (JavaRosa logs every form load)
        // goes to the log file only, as in the command line
        LogFiles.quietConsole();
        LogFiles.install(context.directories().logs());
        context.settings().language().ifPresent(Messages::setLocale);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());

        FxTaskExecutor executor = new FxTaskExecutor();
        DialogService dialogs = dialogFactory.apply(() -> stage);
        new ErrorReporter(dialogs).install();
        shell = new ShellViewModel(context, executor, dialogs);
        view = new ShellView(shell, executor, UiSections.standard());

        Scene scene = new Scene(view, 1180, 760);
        scene.getStylesheets().add(CampoApp.class.getResource("/org/campo/ui/campo.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(I18n.text("ui.app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        addIcon(stage);
        stage.setOnHidden(e -> shutdown());
        fillSmallScreen(stage);
        stage.show();
        // For support and for the start-up benchmark (docs/benchmarks.md, "Cold start").
        ProcessHandle.current().info().startInstant().ifPresent(started -> LOG.info("First window shown "
                + java.time.Duration.between(started, java.time.Instant.now()).toMillis() + " ms after the process started"));
        if (demo) {
            shell.openDemo(demoStudy);
        } else if (getParameters() != null) {
            GuiLauncher.studyFileArgument(getParameters().getRaw()).ifPresent(shell::open);
        }
        return shell;
    }

    /**
     * Field laptops have 1366×768 screens: there the window takes the whole screen (less its
     * panels) instead of leaving a border around a smaller window; larger screens get the
     * default size.
     */
    private static void fillSmallScreen(Stage stage) {
        javafx.geometry.Rectangle2D bounds = javafx.stage.Screen.getPrimary().getVisualBounds();
        if (bounds.getWidth() <= 1440) {
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
        }
    }

    private static void addIcon(Stage stage) {
        try (InputStream in = CampoApp.class.getResourceAsStream("/org/campo/ui/campo.png")) {
            if (in != null) {
                stage.getIcons().add(new Image(in));
            }
        } catch (java.io.IOException ignored) {
            // a window without an icon still works
        }
    }

    /** Locks the open study: the key must not outlive the window. */
    public void shutdown() {
        if (shell != null) {
            shell.shutdown();
            view.stop();
        }
    }

    @Override
    public void stop() {
        shutdown();
    }
}
