package org.mutualis.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutualis.servicedesk.ServiceCentres.Target;
import org.mutualis.servicedesk.domain.Priority;
import org.mutualis.servicedesk.domain.sla.BusinessCalendar;
import org.mutualis.servicedesk.domain.sla.ClockPhase;

/**
 * A ticket's clocks replayed from its history, on the default hours (MON-FRI 08:30-12:00
 * 13:30-17:30, Europe/Paris): waiting pauses, the priority change keeps what was consumed and
 * paused, leaving « new » stops the take-charge clock, solving stops and reopening restarts.
 */
class TicketClocksTests {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Map<Priority, Target> TARGETS = ServiceCentres.defaultTargets();
    static final BusinessCalendar CALENDAR = TicketClocks.calendar(ServiceCentres.DEFAULT_HOURS, List.of());

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(PARIS).toInstant();
    }

    static TicketChange change(String local, String field, String before, String after) {
        return new TicketChange(0, at(local), null, "test", field, before, after);
    }

    @Test
    void aHighTicketOpenedMondayAtTenIsDueWednesdayAtTenAndTakenInChargeByHalfPastThree() {
        List<TicketChange> history = List.of(
                change("2026-03-02T10:00", "status", null, "NEW"),
                change("2026-03-02T10:00", "priority", null, "HIGH"));
        TicketClocks.Clocks clocks = TicketClocks.replay(CALENDAR, history, TARGETS, at("2026-03-02T10:30"));
        assertThat(clocks.resolveDue()).isEqualTo(at("2026-03-04T10:00"));
        assertThat(clocks.takeChargeDue()).isEqualTo(at("2026-03-02T15:30"));
        assertThat(clocks.paused()).isFalse();
    }

    @Test
    void waitingPausesAndThePriorityChangeKeepsConsumedAndPausedTime() {
        List<TicketChange> history = List.of(
                change("2026-03-02T10:00", "status", null, "NEW"),
                change("2026-03-02T10:00", "priority", null, "HIGH"),
                change("2026-03-02T11:00", "status", "NEW", "IN_PROGRESS"),
                change("2026-03-02T11:00", "status", "IN_PROGRESS", "WAITING_REQUESTER"));
        TicketClocks.Clocks waiting = TicketClocks.replay(CALENDAR, history, TARGETS, at("2026-03-03T09:00"));
        assertThat(waiting.paused()).isTrue();
        assertThat(waiting.takeCharge().phase()).isEqualTo(ClockPhase.STOPPED);
        // Taken in charge at 11:00: the due date it had then is kept (the report's « on time »).
        assertThat(waiting.takeChargeDue()).isEqualTo(at("2026-03-02T15:30"));

        List<TicketChange> resumed = new java.util.ArrayList<>(history);
        resumed.add(change("2026-03-03T11:00", "status", "WAITING_REQUESTER", "IN_PROGRESS"));
        // One open day paused (7 h 30: Monday 11:00-17:30 less lunch, Tuesday 08:30-11:00): due a day later.
        assertThat(TicketClocks.replay(CALENDAR, resumed, TARGETS, at("2026-03-03T11:30"))
                        .resolveDue())
                .isEqualTo(at("2026-03-05T10:00"));

        resumed.add(change("2026-03-03T12:00", "priority", "HIGH", "MAJOR"));
        TicketClocks.Clocks major = TicketClocks.replay(CALENDAR, resumed, TARGETS, at("2026-03-03T12:30"));
        // 2 h consumed (Monday 10-11, Tuesday 11-12) of 4: 2 h left from Tuesday 13:30.
        assertThat(major.resolve().consumed()).isEqualTo(java.time.Duration.ofHours(2));
        assertThat(major.resolve().paused()).isEqualTo(java.time.Duration.ofMinutes(450));
        assertThat(major.resolveDue()).isEqualTo(at("2026-03-03T15:30"));
    }

    @Test
    void solvingStopsAndReopeningRestarts() {
        List<TicketChange> history = List.of(
                change("2026-03-02T10:00", "status", null, "NEW"),
                change("2026-03-02T10:00", "priority", null, "MEDIUM"),
                change("2026-03-02T11:00", "status", "NEW", "SOLVED"),
                change("2026-03-04T09:00", "status", "SOLVED", "REOPENED"));
        TicketClocks.Clocks stopped =
                TicketClocks.replay(CALENDAR, history.subList(0, 3), TARGETS, at("2026-03-03T10:00"));
        assertThat(stopped.resolve().phase()).isEqualTo(ClockPhase.STOPPED);
        // Solved after 1 h of 3 open days: the due date it had when solved is kept, Thursday 10:00.
        assertThat(stopped.resolveDue()).isEqualTo(at("2026-03-05T10:00"));
        TicketClocks.Clocks reopened = TicketClocks.replay(CALENDAR, history, TARGETS, at("2026-03-04T09:30"));
        assertThat(reopened.resolve().phase()).isEqualTo(ClockPhase.RUNNING);
        assertThat(reopened.resolve().consumed()).isEqualTo(java.time.Duration.ofMinutes(90));
        assertThat(reopened.resolve().history()).extracting(e -> e.kind()).containsExactly("start", "stop", "restart");
    }
}
