package org.campo.study;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.campo.audit.AuditEntry;
import org.campo.audit.AuditLog;
import org.campo.store.Repositories;
import org.campo.store.Transactor;

/**
 * The one door through which a study changes. {@link #apply} opens a transaction (a savepoint
 * when it runs inside another change), hands the change the repositories it may use and the
 * audit trail, and commits the rows and their audit entry together or rolls both back. A change
 * that records no audit entry is a programming error and is rolled back: the trail must never
 * miss a change. (Scene Builder's {@code Job} plays the same role for its documents.)
 *
 * <p>Drafts are the one exception, through {@link #saveDraft}: an answer is saved as it is
 * given, and sealing every keystroke would bury the trail; the draft's creation and its
 * finalization are audited.
 */
public final class UnitOfWork {
    private final Transactor transactor;
    private final Repositories repositories;
    private final AuditLog audit;
    private final Supplier<String> actor;
    private final Clock clock;
    private int depth;
    private int entries;

    public UnitOfWork(Transactor transactor, Repositories repositories, AuditLog audit, Supplier<String> actor,
                      Clock clock) {
        this.transactor = transactor;
        this.repositories = repositories;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** Runs an audited change and returns its result. */
    public <T> T apply(Function<Change, T> work) {
        return transactor.inTransaction(() -> {
            boolean outer = depth == 0;
            int entriesBefore = entries;
            depth++;
            try {
                T result = work.apply(new ChangeView());
                if (outer && entries == entriesBefore) {
                    throw new IllegalStateException("a change must record an audit entry");
                }
                return result;
            } catch (RuntimeException | Error e) {
                entries = entriesBefore; // the savepoint took the entries back with the rows
                throw e;
            } finally {
                depth--;
            }
        });
    }

    /** Runs an audited change that returns nothing. */
    public void run(Consumer<Change> work) {
        apply(c -> {
            work.accept(c);
            return null;
        });
    }

    /**
     * Saves a draft answer atomically, without an audit entry. The save is safe from the app
     * being killed when this returns and is forced to the disk moments later on a background
     * thread ({@link Transactor#inTransactionForcedLater}), so the interviewer never waits for the
     * disk between answers.
     */
    public <T> T saveDraft(Function<Repositories, T> work) {
        return transactor.inTransactionForcedLater(() -> work.apply(repositories));
    }

    /**
     * Saves where the filler was, without an audit entry and without waiting for the disk: the
     * commit survives the app crashing, a power cut may lose it, and the next answer's
     * {@link #saveDraft} (which carries the position too) makes it durable. Neither a move nor
     * an answer makes the filler wait for the disk.
     */
    public void savePosition(Consumer<Repositories> work) {
        transactor.runWithoutWaitingForDisk(() -> work.accept(repositories));
    }

    /**
     * Stores data derived from rows that are already audited (the flattened rows an export keeps
     * for the next one), atomically and without an audit entry: nothing a member said or did
     * changes, so there is nothing to seal.
     */
    public <T> T keepDerived(Function<Repositories, T> work) {
        return transactor.inTransaction(() -> work.apply(repositories));
    }

    /** Reads through the same guarded repositories, without a transaction. */
    public <T> T read(Function<Repositories, T> query) {
        return query.apply(repositories);
    }

    private final class ChangeView implements Change {
        @Override
        public String actor() {
            return actor.get();
        }

        @Override
        public Instant now() {
            return clock.instant();
        }

        @Override
        public AuditEntry audit(String action, String subject, String subjectId, boolean sealRow, String details) {
            AuditEntry e = audit.append(actor.get(), action, subject, subjectId, sealRow, details);
            entries++;
            return e;
        }

        @Override
        public Repositories repositories() {
            return repositories;
        }
    }
}
