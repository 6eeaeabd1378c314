package org.mutualis.servicedesk.domain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Replays an SLA clock's events on a business calendar. The clock only ever counts open time: while
 * it runs, the open time passing is consumed; while it is paused, the open time passing is paused
 * time (weekends, holidays and closed hours are neither); while it is stopped, nothing counts. A
 * retarget changes only the target: consumed and paused time are kept. See docs/servicedesk-sla.md.
 */
public final class SlaClock {

    private SlaClock() {}

    /**
     * The clock's state at {@code now} from its events, in time order (events after {@code now} are
     * not applied yet).
     *
     * @throws IllegalArgumentException when the events are out of time order, or one does not fit
     *     the clock's phase (a pause of a paused clock, a start of a started one, a resume of a
     *     running one, a restart of a clock that is not stopped, anything before the start)
     */
    public static SlaState replay(BusinessCalendar calendar, List<? extends ClockEvent> events, Instant now) {
        ClockPhase phase = ClockPhase.NOT_STARTED;
        Duration consumed = Duration.ZERO;
        Duration paused = Duration.ZERO;
        Duration targetTime = Duration.ZERO;
        @Nullable SlaTarget target = null;
        @Nullable Instant anchor = null;
        @Nullable Instant last = null;
        List<SlaState.Segment> running = new ArrayList<>();
        List<ClockEntry> history = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            ClockEvent event = events.get(i);
            if (event.at().isAfter(now)) {
                break;
            }
            if (last != null && event.at().isBefore(last)) {
                throw new IllegalArgumentException("clock event " + (i + 1) + " (" + event.kind() + " at " + event.at()
                        + ") comes before the previous one (" + last + ")");
            }
            if (last != null) {
                Duration open = calendar.openTimeBetween(last, event.at());
                if (phase == ClockPhase.RUNNING) {
                    consumed = consumed.plus(open);
                    running.add(new SlaState.Segment(last, event.at()));
                } else if (phase == ClockPhase.PAUSED) {
                    paused = paused.plus(open);
                }
            }
            last = event.at();
            if (event instanceof ClockEvent.Start start) {
                require(phase == ClockPhase.NOT_STARTED, i, event, phase);
                anchor = start.at();
                target = start.target();
                targetTime = calendar.targetTime(start.target(), anchor);
                phase = ClockPhase.RUNNING;
            } else if (event instanceof ClockEvent.Pause) {
                require(phase == ClockPhase.RUNNING, i, event, phase);
                phase = ClockPhase.PAUSED;
            } else if (event instanceof ClockEvent.Resume) {
                require(phase == ClockPhase.PAUSED, i, event, phase);
                phase = ClockPhase.RUNNING;
            } else if (event instanceof ClockEvent.Retarget retarget) {
                require(phase != ClockPhase.NOT_STARTED && anchor != null, i, event, phase);
                target = retarget.target();
                targetTime = calendar.targetTime(retarget.target(), anchor);
            } else if (event instanceof ClockEvent.Stop) {
                require(phase == ClockPhase.RUNNING || phase == ClockPhase.PAUSED, i, event, phase);
                phase = ClockPhase.STOPPED;
            } else if (event instanceof ClockEvent.Restart) {
                require(phase == ClockPhase.STOPPED, i, event, phase);
                phase = ClockPhase.RUNNING;
            }
            @Nullable
            Instant due = phase == ClockPhase.RUNNING
                    ? SlaState.due(calendar, running, event.at(), consumed, targetTime)
                    : null;
            history.add(new ClockEntry(event, phase, consumed, paused, targetTime, due));
        }
        if (last != null && now.isAfter(last)) {
            Duration open = calendar.openTimeBetween(last, now);
            if (phase == ClockPhase.RUNNING) {
                consumed = consumed.plus(open);
                running.add(new SlaState.Segment(last, now));
            } else if (phase == ClockPhase.PAUSED) {
                paused = paused.plus(open);
            }
        }
        return new SlaState(calendar, now, phase, target, targetTime, consumed, paused, running, history);
    }

    private static void require(boolean condition, int index, ClockEvent event, ClockPhase phase) {
        if (!condition) {
            throw new IllegalArgumentException("clock event " + (index + 1) + " (" + event.kind() + " at " + event.at()
                    + ") does not fit a clock that is " + phase.name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
