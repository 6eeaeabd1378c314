package org.mutualis.servicedesk;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's two SLA clocks as its readers see them: where each stands (phase NOT_STARTED,
 * RUNNING, PAUSED, STOPPED), its due instant while running, what is consumed, paused and left,
 * whether it is breached, and its history (every start, pause, resume, retarget, stop, restart and why).
 */
public record TicketSla(Clock takeCharge, Clock resolve) {

    public record Clock(
            String phase,
            @Nullable Instant due,
            Duration consumed,
            Duration paused,
            Duration remaining,
            boolean breached,
            @Nullable Instant breachedAt,
            List<Step> history) {

        public boolean late() {
            return breached;
        }

        public boolean waiting() {
            return phase.equals("PAUSED");
        }
    }

    /** One event of a clock and the clock right after it. */
    public record Step(
            Instant at,
            String kind,
            String reason,
            Duration consumed,
            Duration paused,
            @Nullable Instant due) {}
}
