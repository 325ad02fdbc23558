package org.campo.study;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down repeated wrong passphrases for the same study file in this process: after three
 * failures each attempt waits 1, 2, 4 … up to 30 seconds. Argon2id already makes each guess
 * cost, this stops someone at the keyboard from trying a list quickly.
 */
public final class UnlockThrottle {
    private static final int FREE_ATTEMPTS = 3;
    private static final long MAX_DELAY_MS = 30_000;
    private final Map<Path, Integer> failures = new ConcurrentHashMap<>();
    private final Sleeper sleeper;

    public UnlockThrottle(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    public static UnlockThrottle real() {
        return new UnlockThrottle(Thread::sleep);
    }

    /** Waits as long as past failures demand. */
    void beforeAttempt(Path file) {
        long delay = delayMs(failures.getOrDefault(key(file), 0));
        if (delay > 0) {
            try {
                sleeper.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static long delayMs(int failures) {
        if (failures < FREE_ATTEMPTS) {
            return 0;
        }
        int exp = Math.min(failures - FREE_ATTEMPTS, 15);
        return Math.min(MAX_DELAY_MS, 1000L << exp);
    }

    void failed(Path file) {
        failures.merge(key(file), 1, Integer::sum);
    }

    void succeeded(Path file) {
        failures.remove(key(file));
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }
}
