package org.campo.common;

/**
 * A unit of long work (import, export, unlock, merge) that runs off the UI thread through
 * the one {@link TaskExecutor}. Keeping long work behind this interface means every screen
 * gets the same progress display, cancel button and error handling.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface BackgroundTask<T> {
    T run(ProgressListener progress) throws Exception;
}
