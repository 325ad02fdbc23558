package org.campo.ui.shell;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.campo.ui.common.FxTaskExecutor;
import org.campo.ui.common.TaskStatusBar;
import org.campo.ui.settings.SettingsViewModel;
import org.campo.ui.study.CreateStudyView;
import org.campo.ui.study.CreateStudyViewModel;
import org.campo.ui.study.JoinStudyView;
import org.campo.ui.study.JoinStudyViewModel;
import org.campo.ui.frame.SectionContext;
import org.campo.ui.frame.SectionNavigator;
import org.campo.ui.frame.SectionRegistry;
import org.campo.ui.study.StartView;
import org.campo.ui.study.StartViewModel;
import org.campo.ui.frame.StudyHomeView;
import org.campo.ui.frame.StudyHomeViewModel;
import org.campo.ui.study.UnlockView;
import org.campo.ui.study.UnlockViewModel;

/**
 * The main window's content: the current screen in the centre and the task status bar at the
 * bottom. It rebuilds the centre whenever {@link ShellViewModel#stateProperty()} changes, and
 * feeds user activity to the idle lock.
 */
public final class ShellView extends BorderPane {
    /** How often the idle lock looks at the clock; the delay itself comes from the settings. */
    static final Duration IDLE_CHECK = Duration.seconds(1);

    private final ShellViewModel model;
    private final FxTaskExecutor executor;
    private final SettingsViewModel settings;
    private final Timeline idleTimer;
    private final SectionRegistry sections;

    public ShellView(ShellViewModel model, FxTaskExecutor executor, SectionRegistry sections) {
        this.model = model;
        this.sections = sections;
        this.executor = executor;
        this.settings = new SettingsViewModel(model.context().settings());
        setId("shell");
        setBottom(new TaskStatusBar(executor));
        model.stateProperty().addListener((obs, old, state) -> show(state));
        show(model.state());

        idleTimer = new Timeline(new KeyFrame(IDLE_CHECK, e -> model.idleLock().check()));
        idleTimer.setCycleCount(Animation.INDEFINITE);
        idleTimer.play();
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                watchActivity(scene);
            }
        });
    }

    /** Any key, click, move or scroll anywhere in the window counts as activity. */
    private void watchActivity(Scene scene) {
        scene.addEventFilter(KeyEvent.ANY, e -> model.idleLock().activity());
        scene.addEventFilter(MouseEvent.ANY, e -> model.idleLock().activity());
        scene.addEventFilter(ScrollEvent.ANY, e -> model.idleLock().activity());
    }

    private void show(ShellState state) {
        Node screen;
        if (state instanceof ShellState.Start) {
            screen = new StartView(new StartViewModel(model, model.context().settings()), settings);
        } else if (state instanceof ShellState.Create) {
            screen = centred(new CreateStudyView(new CreateStudyViewModel(model.context().studies(), model.executor(),
                    model.dialogs(), model::showStudy, model::showStart)));
        } else if (state instanceof ShellState.Join) {
            screen = centred(new JoinStudyView(new JoinStudyViewModel(model.context().merge(), model.executor(),
                    model.dialogs(), model::showStudy, model::showStart)));
        } else if (state instanceof ShellState.Unlock unlock) {
            screen = new UnlockView(new UnlockViewModel(model.context().studies(), model.executor(), unlock.file(),
                    model.context().settings().lastUser().orElse(null), model::showStudy, model::closeStudy),
                    settings);
        } else if (state instanceof ShellState.Study open) {
            SectionContext ctx = new SectionContext(open.study(), model.context(), model.executor(), model.dialogs(),
                    sections, SectionNavigator.NONE, null);
            screen = new StudyHomeView(new StudyHomeViewModel(open.study(), sections.sections(), model::lock), ctx);
        } else {
            throw new IllegalStateException("unknown screen " + state);
        }
        setCenter(screen);
    }

    /** Forms are centred horizontally and scroll when the window is small. */
    private static Node centred(Node form) {
        StackPane holder = new StackPane(form);
        StackPane.setAlignment(form, Pos.TOP_CENTER);
        holder.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(holder);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    public FxTaskExecutor executor() {
        return executor;
    }

    /** Stops the idle timer (the window is closing). */
    public void stop() {
        idleTimer.stop();
    }
}
