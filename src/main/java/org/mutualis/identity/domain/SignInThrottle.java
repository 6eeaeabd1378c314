package org.mutualis.identity.domain;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Throttling of failed sign-ins for one key (an account name or a client address): after {@code
 * maxFailures} failures within {@code window}, the key is locked for {@code firstLock}, doubled at
 * each new lockout up to {@code longestLock}; a key that stayed quiet for {@code memory} after its
 * last window or lockout starts afresh. Plain values in, plain values out: the store keeps the
 * state in the database, so that every instance applies the same counts.
 */
public record SignInThrottle(
        int maxFailures, Duration window, Duration firstLock, Duration longestLock, Duration memory) {

    public SignInThrottle {
        if (maxFailures < 1 || window.isNegative() || firstLock.isNegative() || longestLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException(
                    "Invalid sign-in throttle " + maxFailures + " " + window + " " + firstLock + " " + longestLock);
        }
    }

    /** What is remembered of a key. */
    public record State(
            int failures, Instant windowStart, @Nullable Instant lockedUntil, int lockouts, Instant forgetAfter) {

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    /** The state after one more failure, and whether that failure locked the key. */
    public record Outcome(State state, boolean lockedNow) {}

    /** A key that never failed, or whose memory ran out. */
    public State fresh(Instant now) {
        return new State(0, now, null, 0, now.plus(window).plus(memory));
    }

    /** Counts one failure at {@code now}. A key already locked stays as it is (attempts are refused unseen). */
    public Outcome fail(@Nullable State previous, Instant now) {
        State state = previous == null || !now.isBefore(previous.forgetAfter()) ? fresh(now) : previous;
        if (state.lockedAt(now)) {
            return new Outcome(state, false);
        }
        boolean windowOver = !now.isBefore(state.windowStart().plus(window));
        int failures = windowOver ? 1 : state.failures() + 1;
        Instant windowStart = windowOver ? now : state.windowStart();
        if (failures < maxFailures) {
            return new Outcome(
                    new State(
                            failures,
                            windowStart,
                            state.lockedUntil(),
                            state.lockouts(),
                            forget(windowStart, state.lockedUntil())),
                    false);
        }
        Instant until = now.plus(lockFor(state.lockouts()));
        return new Outcome(new State(0, now, until, state.lockouts() + 1, forget(now, until)), true);
    }

    /** How long the lockout after {@code earlierLockouts} others lasts: doubled each time, capped. */
    public Duration lockFor(int earlierLockouts) {
        Duration lock = firstLock;
        for (int i = 0; i < earlierLockouts && lock.compareTo(longestLock) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(longestLock) > 0 ? longestLock : lock;
    }

    private Instant forget(Instant windowStart, @Nullable Instant lockedUntil) {
        Instant end = windowStart.plus(window);
        if (lockedUntil != null && lockedUntil.isAfter(end)) {
            end = lockedUntil;
        }
        return end.plus(memory);
    }
}
