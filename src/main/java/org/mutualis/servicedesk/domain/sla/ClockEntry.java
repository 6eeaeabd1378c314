package org.mutualis.servicedesk.domain.sla;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a clock's history, for display: the event, and right after it the open time
 * consumed, the open time paused, the target as open time, and the due instant (null unless the
 * clock runs after the event).
 */
public record ClockEntry(
        ClockEvent event,
        ClockPhase phase,
        Duration consumed,
        Duration paused,
        Duration target,
        @Nullable Instant due) {

    public Instant at() {
        return event.at();
    }

    public String reason() {
        return event.reason();
    }

    public String kind() {
        return event.kind();
    }
}
