package org.campo.common;

/**
 * How long work reports progress and learns that the user cancelled it. Work checks
 * {@link #isCancelled()} between steps and stops by throwing {@link CancelledException}.
 */
public interface ProgressListener {
    /**
     * @param done    units finished
     * @param total   units in all, or -1 when unknown
     * @param message a translated sentence describing the current step, or null
     */
    void progress(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} when the user asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** A listener that ignores progress and never cancels (CLI batch work, tests). */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
