package org.campo.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.campo.ui.common.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdleLockTest {
    private final MutableClock clock = MutableClock.startingNow();
    private final AtomicInteger locks = new AtomicInteger();
    private int minutes = 5;
    private IdleLock idle;

    @BeforeEach
    void arm() {
        idle = new IdleLock(clock, () -> minutes, locks::incrementAndGet);
        idle.arm();
    }

    @Test
    void locksOnceWhenTheDelayHasPassedWithoutActivity() {
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(idle.check()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(idle.check()).isTrue();
        assertThat(idle.check()).isFalse();
        assertThat(locks).hasValue(1);
        assertThat(idle.isArmed()).isFalse();
    }

    @Test
    void activityStartsTheDelayAgain() {
        clock.advance(Duration.ofMinutes(4));
        idle.activity();
        clock.advance(Duration.ofMinutes(4));
        assertThat(idle.check()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(idle.check()).isTrue();
    }

    @Test
    void aChangedDelayAppliesAtTheNextCheck() {
        clock.advance(Duration.ofMinutes(2));
        minutes = 1;
        assertThat(idle.check()).isTrue();
    }

    @Test
    void zeroMinutesTurnsAutoLockOff() {
        minutes = 0;
        clock.advance(Duration.ofDays(1));
        assertThat(idle.check()).isFalse();
        assertThat(locks).hasValue(0);
    }

    @Test
    void aDisarmedLockNeverFires() {
        idle.disarm();
        clock.advance(Duration.ofHours(1));
        assertThat(idle.check()).isFalse();
    }
}
