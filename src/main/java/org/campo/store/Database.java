package org.campo.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.campo.common.PrivateFiles;
import org.sqlite.SQLiteConfig;

/**
 * One open study file: a single SQLite connection in WAL mode with {@code synchronous=FULL},
 * so that a write Campo acknowledged survives a crash or a pulled battery. One connection
 * guarded by a lock is enough for a single-user desktop app; transactions begin IMMEDIATE so that
 * a second process on the same file waits for the write lock instead of failing.
 *
 * <p>{@code secure_delete} overwrites deleted content (withdrawals must not leave traces in
 * free pages) and {@code temp_store=MEMORY} keeps sorts and temporary tables out of the
 * temp directory.
 */
public final class Database implements Transactor, AutoCloseable {
    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final LogSync logSync;
    private int depth;
    /** Work registered by {@link #beforeCommit}, run once inside the outermost transaction just before it commits. */
    private final java.util.Map<String, Runnable> beforeCommit = new java.util.LinkedHashMap<>();

    private Database(Path file, Connection connection) {
        this.logSync = new LogSync(file);
        this.file = file;
        this.connection = connection;
    }

    /** Opens (and if needed creates) the file and brings its schema up to date. */
    public static Database open(Path file, boolean create) {
        if (!create && !Files.isRegularFile(file)) {
            throw new StoreException("store.notFound", file.toString());
        }
        if (create && Files.exists(file)) {
            throw new StoreException("store.exists", file.toString());
        }
        if (create) {
            try {
                // SQLite gives the WAL and shared-memory files the mode of the database file
                PrivateFiles.create(file);
            } catch (java.io.IOException e) {
                throw new StoreException(e, "store.openFailed", file.toString(), e.getMessage());
            }
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // Another process (a second `campo data import`, the app beside the command line) may hold
        // the file: a transaction takes the write lock when it begins, so it waits its turn here
        // instead of failing with SQLITE_BUSY when it upgrades from reading to writing, which
        // SQLite cannot wait for in WAL mode once another writer has committed since the read.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setBusyTimeout(30_000);
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            Database db = new Database(file, c);
            try {
                if (!create) {
                    db.requireCampoFile();
                }
                Migrations.apply(db);
            } catch (RuntimeException e) {
                db.close(); // a refused file must not stay open (and locked on Windows)
                throw e;
            }
            return db;
        } catch (SQLException e) {
            if (e.getErrorCode() == SQLITE_NOTADB) {
                throw new StoreException(e, "store.notAStudy", file.toString());
            }
            throw new StoreException(e, "store.openFailed", file.toString(), e.getMessage());
        }
    }

    /** SQLite's result code for a file that is not a database (a text file, a spreadsheet...). */
    private static final int SQLITE_NOTADB = 26;

    private void requireCampoFile() {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='study'")) {
            if (!rs.next() || rs.getInt(1) != 1) {
                throw new StoreException("store.notAStudy", file.toString());
            }
        } catch (SQLException e) {
            throw new StoreException(e, "store.notAStudy", file.toString());
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Runs {@code work} atomically. The outermost call opens a transaction; a nested call opens a
     * savepoint, so a nested change that fails is undone on its own even when the caller catches
     * the exception and goes on, and nothing of it can be committed with the outer change.
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            boolean outer = depth == 0;
            String savepoint = "sp" + depth;
            if (outer) {
                connection.setAutoCommit(false);
            } else {
                execute("SAVEPOINT " + savepoint);
            }
            depth++;
            try {
                T result = work.get();
                if (outer) {
                    while (!beforeCommit.isEmpty()) {
                        List<Runnable> tasks = List.copyOf(beforeCommit.values());
                        beforeCommit.clear();
                        tasks.forEach(Runnable::run);
                    }
                }
                depth--;
                if (outer) {
                    connection.commit();
                } else {
                    execute("RELEASE SAVEPOINT " + savepoint);
                }
                return result;
            } catch (RuntimeException | Error e) {
                depth--;
                if (outer) {
                    beforeCommit.clear();
                    connection.rollback();
                } else {
                    execute("ROLLBACK TO SAVEPOINT " + savepoint);
                    execute("RELEASE SAVEPOINT " + savepoint);
                }
                throw e;
            } finally {
                if (outer) {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(e, "store.writeFailed", e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Registers {@code task} to run once, inside the current outermost transaction, just before it
     * commits (a second registration under the same {@code key} in that transaction is ignored).
     * A record derived from many rows is so rewritten once per unit of work, however many rows
     * the work changed. Must be called inside {@link #inTransaction}.
     */
    public void beforeCommit(String key, Runnable task) {
        if (!inTransaction()) {
            throw new IllegalStateException("beforeCommit outside a transaction");
        }
        beforeCommit.putIfAbsent(key, task);
    }

    /**
     * Like {@link #beforeCommit(String, Runnable)}, returning the task already registered under
     * {@code key} in this transaction, or the one {@code create} makes, so that several changes
     * can add to one task (e.g. the ids of the rows they changed).
     */
    @SuppressWarnings("unchecked")
    public <T extends Runnable> T beforeCommit(String key, Supplier<T> create) {
        if (!inTransaction()) {
            throw new IllegalStateException("beforeCommit outside a transaction");
        }
        return (T) beforeCommit.computeIfAbsent(key, k -> create.get());
    }

    /** Whether the calling code runs inside {@link #inTransaction}. */
    public boolean inTransaction() {
        return lock.isHeldByCurrentThread() && depth > 0;
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * Runs {@code work} in a transaction whose commit does not wait for the disk
     * ({@code synchronous=NORMAL} for this commit only). In WAL mode such a commit is atomic and
     * survives the process crashing; only a power cut can lose it, until the next ordinary
     * commit, whose fsync of the log covers it too. For state that is not an answer (where the
     * filler was); inside a transaction the work simply joins it.
     */
    @Override
    public void runWithoutWaitingForDisk(Runnable work) {
        lock.lock();
        try {
            if (depth > 0) {
                run(work);
                return;
            }
            pragma("PRAGMA synchronous = NORMAL");
            try {
                run(work);
            } finally {
                pragma("PRAGMA synchronous = FULL");
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} in a transaction whose commit does not wait for the disk (as
     * {@link #runWithoutWaitingForDisk}: atomic, and safe from the process being killed as soon as
     * it returns), and has the log forced to the disk right after on a background thread, so a
     * power cut a few milliseconds later does not lose it either. For the filler's answers: the
     * user does not wait for the disk on every answer. Inside a transaction the work joins it.
     */
    @Override
    public <T> T inTransactionForcedLater(Supplier<T> work) {
        lock.lock();
        try {
            if (depth > 0) {
                return inTransaction(work);
            }
            pragma("PRAGMA synchronous = NORMAL");
            T result;
            try {
                result = inTransaction(work);
            } finally {
                pragma("PRAGMA synchronous = FULL");
            }
            logSync.request();
            return result;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until every commit made through {@link #inTransactionForcedLater} is on the disk. */
    public void awaitDisk() {
        logSync.awaitAll();
    }

    private void pragma(String sql) {
        withConnection(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
    }

    /** Runs a statement under the connection lock; inside a transaction it joins it. */
    public <T> T withConnection(SqlFunction<Connection, T> work) {
        lock.lock();
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new StoreException(e, "store.writeFailed", e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    public int update(String sql, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                return ps.executeUpdate();
            }
        });
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    List<T> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(mapper.map(rs));
                    }
                    return out;
                }
            }
        });
    }

    public <T> T queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Streams rows without loading them all: for exports of 100,000 submissions. */
    public void forEach(String sql, RowConsumer consumer, Object... params) {
        withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                ps.setFetchSize(500);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(rs);
                    }
                }
            }
            return null;
        });
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    /**
     * Writes a consistent copy of this study to {@code target} through SQLite's online backup
     * (the copy includes what the WAL holds), as a file only its owner can read, then opens the copy
     * and checks it is sound and the same study before moving it into place.
     */
    public void backupTo(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = dir.resolve("." + target.getFileName() + ".part");
        try {
            Files.deleteIfExists(temp);
            PrivateFiles.create(temp);
            withConnection(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("backup to '" + temp.toAbsolutePath().toString().replace("'", "''") + "'");
                }
                return null;
            });
            String studyId = queryOne("SELECT id FROM study", rs -> rs.getString(1));
            try (Database copy = open(temp, false)) {
                String copyId = copy.queryOne("SELECT id FROM study", rs -> rs.getString(1));
                if (!copy.integrityCheck().equals(List.of("ok")) || studyId == null || !studyId.equals(copyId)
                        || copy.schemaVersion() != schemaVersion()) {
                    throw new StoreException("store.backupUnsound", target.toString());
                }
                copy.checkpoint();
            }
            Files.deleteIfExists(Path.of(temp + "-wal"));
            Files.deleteIfExists(Path.of(temp + "-shm"));
            Files.move(temp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new StoreException(e, "store.backupFailed", target.toString(), String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (java.io.IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** {@code PRAGMA integrity_check}: "ok" or the problems SQLite found. */
    public List<String> integrityCheck() {
        return query("PRAGMA integrity_check", rs -> rs.getString(1));
    }

    /** Moves the WAL into the main file and truncates it (after a secure delete). */
    public void checkpoint() {
        withConnection(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return null;
        });
    }

    public int schemaVersion() {
        return queryOne("PRAGMA user_version", rs -> rs.getInt(1));
    }

    @Override
    public void close() {
        logSync.close();
        lock.lock();
        try {
            if (!connection.isClosed()) {
                connection.close();
            }
        } catch (SQLException e) {
            throw new StoreException(e, "store.writeFailed", e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    public boolean isClosed() {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    @FunctionalInterface
    public interface SqlFunction<A, R> {
        R apply(A a) throws SQLException;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    public interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }
}
