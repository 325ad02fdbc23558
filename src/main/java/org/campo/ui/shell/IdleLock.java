package org.campo.ui.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntSupplier;

/**
 * Decides when an unlocked study has been left alone long enough to lock it. Activity and
 * checks are separate calls so that the clock is the only source of time: the view feeds
 * key and mouse events to {@link #activity()} and ticks {@link #check()} from a timer, and
 * tests drive both with a fake clock.
 */
public final class IdleLock {
    private final Clock clock;
    private final IntSupplier minutes;
    private final Runnable onIdle;
    private Instant lastActivity;
    private boolean armed;

    /**
     * @param minutes read at every check, so a change in Settings applies at once; 0 disables
     * @param onIdle  what to do when the delay passes (lock the study)
     */
    public IdleLock(Clock clock, IntSupplier minutes, Runnable onIdle) {
        this.clock = clock;
        this.minutes = minutes;
        this.onIdle = onIdle;
    }

    /** Starts watching (a study was unlocked). */
    public void arm() {
        armed = true;
        lastActivity = clock.instant();
    }

    /** Stops watching (the study was locked by hand or closed). */
    public void disarm() {
        armed = false;
    }

    public boolean isArmed() {
        return armed;
    }

    /** The user did something: the idle delay starts again. */
    public void activity() {
        lastActivity = clock.instant();
    }

    /** Locks when the delay has passed; returns whether it did. */
    public boolean check() {
        int delay = minutes.getAsInt();
        if (!armed || delay <= 0) {
            return false;
        }
        if (Duration.between(lastActivity, clock.instant()).compareTo(Duration.ofMinutes(delay)) >= 0) {
            armed = false;
            onIdle.run();
            return true;
        }
        return false;
    }
}
