package org.campo.store;

import java.util.function.Supplier;

/**
 * Runs work atomically. Services wrap a change and its audit entry in one call, so that the
 * audit trail can never miss a change or record one that did not happen. The in-memory
 * implementation used with the fake repositories simply runs the work.
 */
public interface Transactor {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code work} atomically, but lets the commit return before it reaches the disk, for
     * state whose loss in a power cut costs nothing typed (where the filler was). The study
     * file's implementation commits with {@code synchronous=NORMAL}; the default is {@link #run}.
     */
    default void runWithoutWaitingForDisk(Runnable work) {
        run(work);
    }

    /**
     * Runs {@code work} atomically; the commit returns once it is safe from the process being
     * killed, and reaches the disk moments later without the caller waiting. The study file's
     * implementation commits with {@code synchronous=NORMAL} and forces its log on a background
     * thread; the default is {@link #inTransaction}.
     */
    default <T> T inTransactionForcedLater(Supplier<T> work) {
        return inTransaction(work);
    }

    /** For fakes and tests: no transactions at all. */
    Transactor DIRECT = new Transactor() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
}
