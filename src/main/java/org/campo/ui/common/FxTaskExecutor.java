package org.campo.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.campo.common.BackgroundTask;
import org.campo.common.CancelledException;
import org.campo.common.Messages;
import org.campo.common.ProgressListener;
import org.campo.common.TaskExecutor;

/**
 * The app's one {@link TaskExecutor}: runs work on a background thread, one task at a time
 * (so an unlock and an export never race on the same file), publishes title and progress as
 * properties for the {@link TaskStatusBar}, and calls back on the FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = Logger.getLogger(FxTaskExecutor.class.getName());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "campo-task");
        t.setDaemon(true);
        return t;
    });
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final ObjectProperty<String> titleKey = new SimpleObjectProperty<>();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty detail = new SimpleStringProperty("");
    private final StringBinding title = Bindings.createStringBinding(
            () -> titleKey.get() == null ? "" : Messages.get(titleKey.get()), titleKey, I18n.localeProperty());
    private Handle current;

    @Override
    public <T> TaskHandle submit(String titleKey, BackgroundTask<T> task, Consumer<? super T> onSuccess,
                                 Consumer<? super Throwable> onFailure) {
        Handle handle = new Handle();
        current = handle;
        this.titleKey.set(titleKey);
        progress.set(-1);
        detail.set("");
        running.set(true);
        worker.submit(() -> {
            try {
                T result = task.run(handle);
                Platform.runLater(() -> finish(handle, () -> {
                    if (!handle.cancelled) {
                        onSuccess.accept(result);
                    } else {
                        closeUnwanted(result);
                    }
                }));
            } catch (CancelledException e) {
                Platform.runLater(() -> finish(handle, () -> { }));
            } catch (Throwable e) {
                if (!(e instanceof org.campo.common.CampoException)) {
                    // Unexpected: the user sees a sentence, the log keeps what a developer needs.
                    java.util.logging.Logger.getLogger(FxTaskExecutor.class.getName())
                            .log(java.util.logging.Level.SEVERE, "Task " + titleKey + " failed", e);
                }
                Platform.runLater(() -> finish(handle, () -> onFailure.accept(e)));
            }
        });
        return handle;
    }

    private void finish(Handle handle, Runnable callback) {
        handle.done = true;
        if (current == handle) {
            running.set(false);
            titleKey.set(null);
        }
        callback.run();
    }

    /**
     * Work that cannot stop half-way (an unlock) may finish after the user cancelled it; a
     * result that holds resources, such as an unlocked study, is closed rather than leaked.
     */
    private static void closeUnwanted(Object result) {
        if (result instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // the result was not wanted anyway; a failure to release it is worth a line in the log
                LOG.log(Level.WARNING, "Could not close the result of a cancelled task", e);
            }
        }
    }

    /** Cancels the task shown in the status bar. */
    public void cancelCurrent() {
        if (current != null) {
            current.cancel();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public StringBinding titleProperty() {
        return title;
    }

    /** Between 0 and 1, or -1 while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    private final class Handle implements TaskHandle, ProgressListener {
        private volatile boolean cancelled;
        private volatile boolean done;

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isDone() {
            return done;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void progress(long doneUnits, long total, String message) {
            Platform.runLater(() -> {
                if (current == this) {
                    progress.set(total > 0 ? Math.min(1.0, (double) doneUnits / total) : -1);
                    detail.set(message == null ? "" : message);
                }
            });
        }
    }
}
