package org.campo.common;

import java.util.function.Consumer;

/**
 * Runs {@link BackgroundTask}s. The app uses a JavaFX implementation that shows progress and
 * a cancel button and calls back on the UI thread; tests and the CLI use
 * {@link SameThreadTaskExecutor}, so the same code paths run synchronously.
 */
public interface TaskExecutor {

    /**
     * Starts the task.
     *
     * @param titleKey  message key of the title shown beside the progress bar
     * @param task      the work
     * @param onSuccess called with the result (on the UI thread in the app)
     * @param onFailure called with the failure, never with a {@link CancelledException}
     * @return a handle to cancel the task
     */
    <T> TaskHandle submit(String titleKey, BackgroundTask<T> task, Consumer<? super T> onSuccess,
                          Consumer<? super Throwable> onFailure);

    /** A running task. */
    interface TaskHandle {
        void cancel();

        boolean isDone();
    }
}
