package org.mutualis.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SignInThrottleTests {

    static final SignInThrottle RULE = new SignInThrottle(
            5, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofHours(24), Duration.ofHours(24));
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void theFifthFailureWithinTheWindowLocksForFifteenMinutes() {
        SignInThrottle.State state = null;
        for (int i = 1; i <= 4; i++) {
            var outcome = RULE.fail(state, T0.plusSeconds(i));
            assertThat(outcome.lockedNow()).isFalse();
            state = outcome.state();
        }
        var fifth = RULE.fail(state, T0.plusSeconds(5));
        assertThat(fifth.lockedNow()).isTrue();
        assertThat(fifth.state().lockedUntil()).isEqualTo(T0.plusSeconds(5).plus(Duration.ofMinutes(15)));
        assertThat(fifth.state().lockedAt(T0.plus(Duration.ofMinutes(15)))).isTrue();
        assertThat(fifth.state().lockedAt(T0.plus(Duration.ofMinutes(16)))).isFalse();
    }

    @Test
    void lockoutsDoubleUpToTheLongest() {
        assertThat(RULE.lockFor(0)).isEqualTo(Duration.ofMinutes(15));
        assertThat(RULE.lockFor(1)).isEqualTo(Duration.ofMinutes(30));
        assertThat(RULE.lockFor(3)).isEqualTo(Duration.ofHours(2));
        assertThat(RULE.lockFor(30)).isEqualTo(Duration.ofHours(24));
    }

    @Property
    void fewerFailuresThanTheLimitWithinTheWindowNeverLock(
            @ForAll @IntRange(min = 0, max = 4) int failures, @ForAll @IntRange(min = 0, max = 899) int spread) {
        SignInThrottle.State state = null;
        for (int i = 0; i < failures; i++) {
            var outcome = RULE.fail(state, T0.plusSeconds((long) spread * i / Math.max(1, failures)));
            assertThat(outcome.lockedNow()).isFalse();
            state = outcome.state();
        }
        assertThat(state == null || !state.lockedAt(T0.plusSeconds(spread))).isTrue();
    }

    @Property
    void aKeyForgottenAfterItsMemoryStartsAfresh(@ForAll @IntRange(min = 0, max = 10) int lockouts) {
        var old = new SignInThrottle.State(0, T0, T0.plusSeconds(60), lockouts, T0.plus(Duration.ofHours(25)));
        var outcome = RULE.fail(old, T0.plus(Duration.ofHours(26)));
        assertThat(outcome.state().lockouts()).isZero();
        assertThat(outcome.state().failures()).isEqualTo(1);
    }
}
