package org.campo.common;

import java.util.function.Consumer;

/** Runs tasks immediately on the calling thread: for the CLI and for view-model tests. */
public final class SameThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> TaskHandle submit(String titleKey, BackgroundTask<T> task, Consumer<? super T> onSuccess,
                                 Consumer<? super Throwable> onFailure) {
        try {
            T result = task.run(ProgressListener.NONE);
            onSuccess.accept(result);
        } catch (CancelledException e) {
            // The user asked for it: nothing to report.
        } catch (Exception e) {
            onFailure.accept(e);
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
