package org.mutualis.servicedesk.domain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An SLA clock at an instant ({@link SlaClock#replay}). All durations are open time of the
 * centre's calendar. While not breached, {@code consumed + remaining = target}; a clock is breached
 * when it has consumed more than its target, since the instant its consumption passed the target.
 */
public final class SlaState {

    /** A stretch of wall time during which the clock ran. */
    record Segment(Instant from, Instant to) {}

    private final BusinessCalendar calendar;
    private final Instant now;
    private final ClockPhase phase;
    private final @Nullable SlaTarget target;
    private final Duration targetTime;
    private final Duration consumed;
    private final Duration paused;
    private final List<Segment> running;
    private final List<ClockEntry> history;

    SlaState(
            BusinessCalendar calendar,
            Instant now,
            ClockPhase phase,
            @Nullable SlaTarget target,
            Duration targetTime,
            Duration consumed,
            Duration paused,
            List<Segment> running,
            List<ClockEntry> history) {
        this.calendar = calendar;
        this.now = now;
        this.phase = phase;
        this.target = target;
        this.targetTime = targetTime;
        this.consumed = consumed;
        this.paused = paused;
        this.running = List.copyOf(running);
        this.history = List.copyOf(history);
    }

    /** The instant this state describes. */
    public Instant now() {
        return now;
    }

    public ClockPhase phase() {
        return phase;
    }

    /** The current target, null before the start. */
    public @Nullable SlaTarget target() {
        return target;
    }

    /** The current target as open time (zero before the start). */
    public Duration targetTime() {
        return targetTime;
    }

    /** The open time during which the clock ran. */
    public Duration consumed() {
        return consumed;
    }

    /** The open time during which the clock was paused (closed time is never counted). */
    public Duration paused() {
        return paused;
    }

    /** What is left of the target: {@code target - consumed}, zero once breached. */
    public Duration remaining() {
        Duration left = targetTime.minus(consumed);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** How far past the target: {@code consumed - target}, zero while not breached. */
    public Duration overrun() {
        Duration over = consumed.minus(targetTime);
        return over.isNegative() ? Duration.ZERO : over;
    }

    /** True once the clock has consumed more than its target. */
    public boolean breached() {
        return phase != ClockPhase.NOT_STARTED && consumed.compareTo(targetTime) > 0;
    }

    /** When the consumption passed the current target; null while not breached. */
    public @Nullable Instant breachedAt() {
        return breached() ? reachedAt(calendar, running, targetTime) : null;
    }

    /**
     * The due instant while the clock runs: when the remaining open time will have passed from now
     * (or the missed due instant, once breached); null while not started, paused or stopped (then
     * {@link #remaining()} tells what is left). Never in a closed period.
     */
    public @Nullable Instant due() {
        return phase == ClockPhase.RUNNING ? due(calendar, running, now, consumed, targetTime) : null;
    }

    /**
     * For ordering a queue: the due instant while running; while paused, the due instant the clock
     * would have if it resumed now (the missed one if already breached); null when not started or
     * stopped. Never in a closed period.
     */
    public @Nullable Instant projectedDue() {
        return phase == ClockPhase.RUNNING || phase == ClockPhase.PAUSED
                ? due(calendar, running, now, consumed, targetTime)
                : null;
    }

    /**
     * The due instant the clock had when it stopped (solved): when its consumption would have
     * reached the target, had it kept running from its stop; the missed one if it was breached.
     * Null unless stopped. A ticket was on time when it stopped at or before this instant.
     */
    public @Nullable Instant dueAtStop() {
        if (phase != ClockPhase.STOPPED || history.isEmpty()) {
            return null;
        }
        return due(calendar, running, history.get(history.size() - 1).at(), consumed, targetTime);
    }

    /**
     * When {@code percent} % of the target is (or was) consumed: in the past once reached, ahead
     * while running, null while paused or stopped before reaching it.
     *
     * @param percent 1 to 100
     */
    public @Nullable Instant warningAt(int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("a warning percentage goes from 1 to 100: " + percent);
        }
        if (phase == ClockPhase.NOT_STARTED) {
            return null;
        }
        Duration threshold = targetTime.multipliedBy(percent).dividedBy(100);
        if (threshold.isZero()) {
            return null;
        }
        if (consumed.compareTo(threshold) >= 0) {
            return reachedAt(calendar, running, threshold);
        }
        return phase == ClockPhase.RUNNING ? calendar.plusOpenTime(now, threshold.minus(consumed)) : null;
    }

    /** True once {@code percent} % of the target is consumed. */
    public boolean warned(int percent) {
        Instant warning = warningAt(percent);
        return warning != null && !warning.isAfter(now);
    }

    /** Every event applied, in order, with the clock right after it. */
    public List<ClockEntry> history() {
        return history;
    }

    static @Nullable Instant due(
            BusinessCalendar calendar, List<Segment> running, Instant at, Duration consumed, Duration targetTime) {
        Duration left = targetTime.minus(consumed);
        if (left.isNegative() || left.isZero()) {
            return reachedAt(calendar, running, targetTime);
        }
        return calendar.plusOpenTime(at, left);
    }

    /** The instant the running segments reached {@code amount} (> 0) of consumed open time. */
    private static @Nullable Instant reachedAt(BusinessCalendar calendar, List<Segment> running, Duration amount) {
        Duration sum = Duration.ZERO;
        for (Segment segment : running) {
            Duration open = calendar.openTimeBetween(segment.from(), segment.to());
            Duration after = sum.plus(open);
            if (after.compareTo(amount) >= 0) {
                return calendar.plusOpenTime(segment.from(), amount.minus(sum));
            }
            sum = after;
        }
        return null;
    }

    @Override
    public String toString() {
        return "SlaState[" + phase + ", target " + targetTime + ", consumed " + consumed + ", paused " + paused
                + ", due " + due() + (breached() ? ", breached at " + breachedAt() : "") + "]";
    }
}
