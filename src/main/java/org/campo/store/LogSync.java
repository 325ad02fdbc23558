package org.campo.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forces a study file's write-ahead log to the disk on a background thread, so that a commit made
 * with {@code synchronous=NORMAL} (already atomic, and already safe from the process being killed,
 * because SQLite has written it to the log) also survives a power cut a few milliseconds later
 * without the caller waiting for the disk. Requests made while a force runs are served by the
 * next one. If the log was checkpointed into the file in between, SQLite's checkpoint already
 * forced the file, and a log that no longer exists needs nothing.
 */
final class LogSync implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LogSync.class.getName());

    private final Path log;
    private final Object monitor = new Object();
    private long requested;
    private long done;
    private boolean closed;
    private Thread thread;

    LogSync(Path databaseFile) {
        this.log = Path.of(databaseFile.toAbsolutePath() + "-wal");
    }

    /** Asks for everything committed so far to reach the disk; returns the ticket to {@link #await}. */
    long request() {
        synchronized (monitor) {
            if (closed) {
                return done;
            }
            if (thread == null) {
                thread = new Thread(this::loop, "campo-log-sync");
                thread.setDaemon(true);
                thread.start();
            }
            requested++;
            monitor.notifyAll();
            return requested;
        }
    }

    /** Waits until the force that serves {@code ticket} has run (or the log was closed). */
    void await(long ticket) {
        synchronized (monitor) {
            while (done < ticket && !closed) {
                try {
                    monitor.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Waits until every request made so far is served. */
    void awaitAll() {
        long ticket;
        synchronized (monitor) {
            ticket = requested;
        }
        await(ticket);
    }

    private void loop() {
        while (true) {
            long target;
            synchronized (monitor) {
                while (requested == done && !closed) {
                    try {
                        monitor.wait();
                    } catch (InterruptedException e) {
                        closed = true;
                    }
                }
                if (requested == done) {
                    return;
                }
                target = requested;
            }
            force();
            synchronized (monitor) {
                done = target;
                monitor.notifyAll();
            }
        }
    }

    private void force() {
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
            channel.force(false);
        } catch (NoSuchFileException e) {
            // checkpointed and removed: the database file was forced by the checkpoint
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not force the study file's log to disk; the next ordinary commit will", e);
        }
    }

    /** Serves the outstanding requests, then stops the thread. */
    @Override
    public void close() {
        Thread running;
        synchronized (monitor) {
            closed = true;
            monitor.notifyAll();
            running = thread;
        }
        if (running != null) {
            try {
                running.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
