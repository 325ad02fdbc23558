package org.campo.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.campo.app.AppContext;
import org.campo.common.TaskExecutor;
import org.campo.study.OpenStudy;
import org.campo.ui.common.DialogService;
import org.campo.ui.common.Message;
import org.campo.ui.study.StartViewModel;

/**
 * The window's navigation between start, create, unlock and study screens, and the owner of
 * the unlocked study: whoever locks (the user, the idle timer, closing the window) goes
 * through {@link #lock()}, so the key is always dropped the same way.
 */
public final class ShellViewModel implements StartViewModel.Navigation {
    private final AppContext context;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObjectProperty<ShellState> state = new SimpleObjectProperty<>(new ShellState.Start());
    private final IdleLock idleLock;

    public ShellViewModel(AppContext context, TaskExecutor executor, DialogService dialogs) {
        this.context = context;
        this.executor = executor;
        this.dialogs = dialogs;
        this.idleLock = new IdleLock(context.clock(), () -> context.settings().autoLockMinutes(), this::lock);
    }

    public ReadOnlyObjectProperty<ShellState> stateProperty() {
        return state;
    }

    public ShellState state() {
        return state.get();
    }

    public AppContext context() {
        return context;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public IdleLock idleLock() {
        return idleLock;
    }

    public void showStart() {
        state.set(new ShellState.Start());
    }

    @Override
    public void showCreate() {
        state.set(new ShellState.Create());
    }

    @Override
    public void showJoin() {
        state.set(new ShellState.Join());
    }

    /** Asks for a study file and shows its unlock screen. */
    @Override
    public void chooseAndOpen() {
        dialogs.chooseStudyFile().ifPresent(this::open);
    }

    /** Shows the unlock screen of {@code file}, or explains why it cannot. */
    @Override
    public void open(Path file) {
        if (!Files.isRegularFile(file)) {
            dialogs.showError(Message.of("ui.start.fileMissing", file.toString()));
            return;
        }
        try {
            context.studies().summary(file);
        } catch (RuntimeException e) {
            dialogs.showError(Message.caught(e));
            return;
        }
        state.set(new ShellState.Unlock(file));
    }

    /** A study was created or unlocked: remember it and show its home. */
    public void showStudy(OpenStudy study) {
        context.settings().setLastStudy(study.file());
        context.settings().setLastUser(study.member().userName());
        state.set(new ShellState.Study(study));
        idleLock.arm();
    }

    /** Drops the key and returns to the unlock screen of the same file. */
    public void lock() {
        idleLock.disarm();
        if (state.get() instanceof ShellState.Study open) {
            OpenStudy study = open.study();
            context.lock(study);
            state.set(new ShellState.Unlock(study.file()));
        }
    }

    /** Leaves the unlock screen for the start screen. */
    public void closeStudy() {
        lock();
        showStart();
    }

    /** Opens the demo study (creating it on first use) through the task executor. */
    public void openDemo(Function<AppContext, OpenStudy> demo) {
        executor.submit("ui.task.openingDemo", progress -> demo.apply(context), this::showStudy,
                failure -> dialogs.showError(Message.of(failure)));
    }

    /** The window is closing: lock so the key does not outlive the window. */
    public void shutdown() {
        lock();
    }
}
