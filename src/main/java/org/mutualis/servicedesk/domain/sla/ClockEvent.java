package org.mutualis.servicedesk.domain.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * What happens to an SLA clock, as a ticket's history records it; {@link SlaClock#replay} turns a
 * list of them into the clock's state. Every event has its instant and a reason (free text or a
 * message code, shown in the clock's history).
 */
public sealed interface ClockEvent {

    Instant at();

    String reason();

    /** A short stable name: start, pause, resume, retarget, stop, restart (for message keys). */
    String kind();

    /** The clock starts with its first target (the ticket is opened). */
    record Start(Instant at, SlaTarget target, String reason) implements ClockEvent {
        public Start {
            Objects.requireNonNull(at);
            Objects.requireNonNull(target);
            Objects.requireNonNull(reason);
        }

        @Override
        public String kind() {
            return "start";
        }
    }

    /** The clock pauses (the ticket waits for the requester or a supplier). */
    record Pause(Instant at, String reason) implements ClockEvent {
        public Pause {
            Objects.requireNonNull(at);
            Objects.requireNonNull(reason);
        }

        @Override
        public String kind() {
            return "pause";
        }
    }

    /** The clock runs again after a pause. */
    record Resume(Instant at, String reason) implements ClockEvent {
        public Resume {
            Objects.requireNonNull(at);
            Objects.requireNonNull(reason);
        }

        @Override
        public String kind() {
            return "resume";
        }
    }

    /** A new target (the priority or the SLA changed); consumed and paused time are kept. */
    record Retarget(Instant at, SlaTarget target, String reason) implements ClockEvent {
        public Retarget {
            Objects.requireNonNull(at);
            Objects.requireNonNull(target);
            Objects.requireNonNull(reason);
        }

        @Override
        public String kind() {
            return "retarget";
        }
    }

    /** The clock stops (the ticket is solved, or taken in charge for a take-charge clock). */
    record Stop(Instant at, String reason) implements ClockEvent {
        public Stop {
            Objects.requireNonNull(at);
            Objects.requireNonNull(reason);
        }

        @Override
        public String kind() {
            return "stop";
        }
    }

    /** A stopped clock runs again (the ticket is reopened), with what it had consumed. */
    record Restart(Instant at, String reason) implements ClockEvent {
        public Restart {
            Objects.requireNonNull(at);
            Objects.requireNonNull(reason);
        }

        @Override
        public String kind() {
            return "restart";
        }
    }
}
