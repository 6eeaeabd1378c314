package org.mutualis.servicedesk.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.servicedesk.domain.sla.Paris.at;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Example;

/**
 * The SLA clock on the default calendar of a centre, Europe/Paris, {@code MON-FRI 08:30-12:00
 * 13:30-17:30} (7 h 30 a day), French holidays: the GLPI issues the clock must not repeat, with
 * their dates spelled out.
 */
class SlaClockTests {

    private final BusinessCalendar desk = Paris.defaultCalendar();

    @Example
    void aRunningClockWithoutWaiting() {
        // Monday 2 March 2026 09:00, 8 business hours: 3 h + 4 h on Monday, 1 h on Tuesday → Tuesday 09:30.
        SlaState state = SlaClock.replay(
                desk,
                List.of(new ClockEvent.Start(at("2026-03-02T09:00"), SlaTarget.hours(8), "ticket opened")),
                at("2026-03-02T15:00"));
        assertThat(state.phase()).isEqualTo(ClockPhase.RUNNING);
        assertThat(state.consumed()).isEqualTo(Duration.ofMinutes(270)); // 09:00-12:00, 13:30-15:00
        assertThat(state.remaining()).isEqualTo(Duration.ofMinutes(210));
        assertThat(state.due()).isEqualTo(at("2026-03-03T09:30"));
        assertThat(state.breached()).isFalse();
        // 75 % of 8 h = 6 h: Monday 3 h + 3 h → Monday 16:30
        assertThat(state.warningAt(75)).isEqualTo(at("2026-03-02T16:30"));
        assertThat(state.warned(75)).isFalse();
        assertThat(state.warningAt(50)).isEqualTo(at("2026-03-02T14:30")); // 4 h: 3 h + 1 h
        assertThat(state.warned(50)).isTrue();
    }

    @Example
    void aClockPastItsDueIsBreachedSinceItsDue() {
        SlaState state = SlaClock.replay(
                desk,
                List.of(new ClockEvent.Start(at("2026-03-02T09:00"), SlaTarget.hours(8), "ticket opened")),
                at("2026-03-03T11:00"));
        assertThat(state.breached()).isTrue();
        assertThat(state.breachedAt()).isEqualTo(at("2026-03-03T09:30"));
        assertThat(state.due()).isEqualTo(at("2026-03-03T09:30"));
        assertThat(state.remaining()).isZero();
        assertThat(state.overrun()).isEqualTo(Duration.ofMinutes(90));
    }

    @Example
    void glpi15605_changingThePriorityWhileWaitingKeepsThePausedTime() {
        // GLPI 10.0.9, #15605: "put it on hold for days, and change the applied SLA: the new SLA starts
        // from the opening date without taking into account the time it was on hold".
        // Opened Monday 2 March 2026 09:00, priority high, 8 business hours. Runs 2 h, waits for the
        // requester from Monday 11:00; Wednesday 4 March 10:00 the priority drops to medium (16 h);
        // the requester answers Thursday 5 March 09:00.
        List<ClockEvent> events = List.of(
                new ClockEvent.Start(at("2026-03-02T09:00"), SlaTarget.hours(8), "ticket opened, priority high"),
                new ClockEvent.Pause(at("2026-03-02T11:00"), "waiting for the requester"),
                new ClockEvent.Retarget(at("2026-03-04T10:00"), SlaTarget.hours(16), "priority medium"),
                new ClockEvent.Resume(at("2026-03-05T09:00"), "requester answered"));
        SlaState state = SlaClock.replay(desk, events, at("2026-03-05T09:00"));
        assertThat(state.consumed()).isEqualTo(Duration.ofHours(2));
        // paused open time: Monday 1 h + 4 h, Tuesday 7 h 30, Wednesday 7 h 30, Thursday 30 min
        assertThat(state.paused()).isEqualTo(Duration.ofMinutes(1230));
        assertThat(state.remaining()).isEqualTo(Duration.ofHours(14));
        // 14 h from Thursday 09:00: 7 h on Thursday, 7 h on Friday 6 March → 17:00
        assertThat(state.due()).isEqualTo(at("2026-03-06T17:00"));
        // GLPI computed 16 h from the opening date: Wednesday 4 March 10:00
        assertThat(state.due()).isNotEqualTo(desk.plusOpenTime(at("2026-03-02T09:00"), Duration.ofHours(16)));
        // the history keeps the paused time at the retarget
        ClockEntry retarget = state.history().get(2);
        assertThat(retarget.kind()).isEqualTo("retarget");
        assertThat(retarget.consumed()).isEqualTo(Duration.ofHours(2));
        assertThat(retarget.paused()).isEqualTo(Duration.ofHours(14)); // Monday 5 h, Tuesday 7 h 30, Wednesday 1 h 30
        assertThat(retarget.target()).isEqualTo(Duration.ofHours(16));
        assertThat(retarget.due()).isNull();
        assertThat(retarget.reason()).isEqualTo("priority medium");
    }

    @Example
    void glpi6902_aTicketPendingWhenItsUrgencyRisesIsNotBreached() {
        // GLPI 9.4.3, #6902: pending, then urgency very high a few minutes later → a new SLA without
        // the waiting time, and the ticket breached although it never came back to processing.
        // Opened Tuesday 3 February 2026 09:00 with 4 h; pending from 09:30; 09:40 urgency very high
        // → 2 h. Seen on Wednesday 4 February 17:00, still pending.
        List<ClockEvent> events = List.of(
                new ClockEvent.Start(at("2026-02-03T09:00"), SlaTarget.hours(4), "ticket opened"),
                new ClockEvent.Pause(at("2026-02-03T09:30"), "waiting for the requester"),
                new ClockEvent.Retarget(at("2026-02-03T09:40"), SlaTarget.hours(2), "urgency very high"));
        SlaState state = SlaClock.replay(desk, events, at("2026-02-04T17:00"));
        assertThat(state.phase()).isEqualTo(ClockPhase.PAUSED);
        assertThat(state.breached()).isFalse();
        assertThat(state.consumed()).isEqualTo(Duration.ofMinutes(30));
        assertThat(state.remaining()).isEqualTo(Duration.ofMinutes(90));
        assertThat(state.due()).isNull();
        // resumed Thursday 5 February 08:30: due 10:00
        List<ClockEvent> resumed = new java.util.ArrayList<>(events);
        resumed.add(new ClockEvent.Resume(at("2026-02-05T08:30"), "requester answered"));
        assertThat(SlaClock.replay(desk, resumed, at("2026-02-05T08:30")).due()).isEqualTo(at("2026-02-05T10:00"));
    }

    @Example
    void glpi10594_pendingOverAHolidayAndAWeekendWithATargetInDays() {
        // GLPI 9.5.6, #10594 (fixed by #14937): a 1-day TTR on a calendar with weekends and holidays;
        // the pending time was counted as if the calendar were 24/7, so too much delay was added.
        // Opened Wednesday 6 May 2026 10:00, 1 business day → due Thursday 7 May 10:00 (7 h 30).
        // Pending Wednesday 15:00 (3 h 30 consumed) to Monday 11 May 10:00, across Friday 8 May
        // (Victoire 1945) and the weekend.
        List<ClockEvent> events = List.of(
                new ClockEvent.Start(at("2026-05-06T10:00"), SlaTarget.days(1), "ticket opened"),
                new ClockEvent.Pause(at("2026-05-06T15:00"), "waiting for a supplier"),
                new ClockEvent.Resume(at("2026-05-11T10:00"), "supplier delivered"));
        SlaState fresh = SlaClock.replay(desk, events.subList(0, 1), at("2026-05-06T10:00"));
        assertThat(fresh.targetTime()).isEqualTo(Duration.ofMinutes(450));
        assertThat(fresh.due()).isEqualTo(at("2026-05-07T10:00"));
        SlaState state = SlaClock.replay(desk, events, at("2026-05-11T10:00"));
        assertThat(state.consumed()).isEqualTo(Duration.ofMinutes(210));
        // paused open time: Wednesday 2 h 30, Thursday 7 h 30, Friday (holiday) and weekend 0, Monday 1 h 30
        assertThat(state.paused()).isEqualTo(Duration.ofMinutes(690));
        // 4 h left from Monday 11 May 10:00: 2 h in the morning, 2 h in the afternoon → 15:30
        assertThat(state.due()).isEqualTo(at("2026-05-11T15:30"));
    }

    @Example
    void glpi24481_aPendingTicketIsNeverBreached() {
        // GLPI 11.0.7, #24481 (June 2026): "despite being on pending, the OLA time to resolve has been
        // violated". Opened Monday 1 June 2026 09:00 with 4 h; pending from 10:00 with a reason; seen
        // on Friday 5 June 17:00, long after the first due (Monday 14:30).
        List<ClockEvent> events = List.of(
                new ClockEvent.Start(at("2026-06-01T09:00"), SlaTarget.hours(4), "ticket opened"),
                new ClockEvent.Pause(at("2026-06-01T10:00"), "waiting for the requester: photo of the error"));
        SlaState state = SlaClock.replay(desk, events, at("2026-06-05T17:00"));
        assertThat(state.history().get(0).due()).isEqualTo(at("2026-06-01T14:30"));
        assertThat(state.breached()).isFalse();
        assertThat(state.breachedAt()).isNull();
        assertThat(state.remaining()).isEqualTo(Duration.ofHours(3));
        assertThat(state.due()).isNull();
        assertThat(state.warningAt(75)).isNull();
        // in the queue, it sorts as if resumed now: 3 h from Friday 17:00, 30 min then 2 h 30 → Monday 8 June 11:00
        assertThat(state.projectedDue()).isEqualTo(at("2026-06-08T11:00"));
        // resumed Monday 8 June 09:00: 3 h left → due at the end of the morning, 12:00
        List<ClockEvent> resumed = new java.util.ArrayList<>(events);
        resumed.add(new ClockEvent.Resume(at("2026-06-08T09:00"), "photo received"));
        SlaState after = SlaClock.replay(desk, resumed, at("2026-06-08T09:00"));
        assertThat(after.due()).isEqualTo(at("2026-06-08T12:00"));
        assertThat(after.breached()).isFalse();
    }

    @Example
    void glpi14492_remindersWhileWaitingFollowTheCalendar() {
        // GLPI 10.0.6, #14492: a pending reason with a follow-up "every day" gave 7/4/2023 and
        // 8/4/2023, a Saturday outside the calendar. Here, waiting from Thursday 6 April 2023 10:00,
        // a reminder every open day: Friday 7 April 10:00, then Tuesday 11 April 10:00 (Easter Monday
        // 10 April 2023 and the weekend skipped).
        var first = desk.plusOpenDays(at("2023-04-06T10:00"), 1);
        assertThat(first).isEqualTo(at("2023-04-07T10:00"));
        var second = desk.plusOpenDays(first, 1);
        assertThat(second).isEqualTo(at("2023-04-11T10:00"));
        assertThat(desk.isOpen(first)).isTrue();
        assertThat(desk.isOpen(second)).isTrue();
    }

    @Example
    void aTargetInDaysAcrossAscension2026() {
        // Opened Wednesday 13 May 2026 16:00 with 2 business days: Thursday 14 is Ascension, day 1 is
        // Friday 15, day 2 Monday 18 May → 16:00.
        SlaState state = SlaClock.replay(
                desk,
                List.of(new ClockEvent.Start(at("2026-05-13T16:00"), SlaTarget.days(2), "ticket opened")),
                at("2026-05-13T16:00"));
        assertThat(state.due()).isEqualTo(at("2026-05-18T16:00"));
        assertThat(state.targetTime()).isEqualTo(Duration.ofMinutes(900));
    }

    @Example
    void aTicketOpenedOnSaturdayStartsOnMonday() {
        SlaState hours = SlaClock.replay(
                desk,
                List.of(new ClockEvent.Start(at("2026-03-07T10:00"), SlaTarget.hours(8), "e-mail")),
                at("2026-03-08T10:00"));
        assertThat(hours.consumed()).isZero();
        assertThat(hours.due()).isEqualTo(at("2026-03-10T09:00")); // Monday 7 h 30, Tuesday 30 min
        SlaState days = SlaClock.replay(
                desk,
                List.of(new ClockEvent.Start(at("2026-03-07T10:00"), SlaTarget.days(1), "e-mail")),
                at("2026-03-08T10:00"));
        assertThat(days.due()).isEqualTo(at("2026-03-09T17:30")); // by the end of Monday
    }

    @Example
    void solvedThenReopenedKeepsWhatWasConsumed() {
        List<ClockEvent> events = List.of(
                new ClockEvent.Start(at("2026-03-02T09:00"), SlaTarget.hours(8), "ticket opened"),
                new ClockEvent.Stop(at("2026-03-02T11:00"), "solved"),
                new ClockEvent.Restart(at("2026-03-04T09:00"), "reopened by the requester"));
        SlaState stopped = SlaClock.replay(desk, events.subList(0, 2), at("2026-03-03T09:00"));
        assertThat(stopped.phase()).isEqualTo(ClockPhase.STOPPED);
        assertThat(stopped.due()).isNull();
        assertThat(stopped.consumed()).isEqualTo(Duration.ofHours(2));
        SlaState reopened = SlaClock.replay(desk, events, at("2026-03-04T09:00"));
        assertThat(reopened.consumed()).isEqualTo(Duration.ofHours(2));
        assertThat(reopened.paused()).isZero();
        assertThat(reopened.due()).isEqualTo(at("2026-03-04T16:30")); // 6 h left: 09:00-12:00, 13:30-16:30
    }

    @Example
    void theHistoryTellsEveryEvent() {
        List<ClockEvent> events = List.of(
                new ClockEvent.Start(at("2026-03-02T09:00"), SlaTarget.hours(8), "ticket opened"),
                new ClockEvent.Pause(at("2026-03-02T10:00"), "waiting for the requester"),
                new ClockEvent.Resume(at("2026-03-02T14:30"), "requester answered"),
                new ClockEvent.Stop(at("2026-03-02T16:30"), "solved"));
        SlaState state = SlaClock.replay(desk, events, at("2026-03-03T12:00"));
        assertThat(state.history()).extracting(ClockEntry::kind).containsExactly("start", "pause", "resume", "stop");
        assertThat(state.history())
                .extracting(ClockEntry::consumed)
                .containsExactly(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(3));
        assertThat(state.history())
                .extracting(ClockEntry::paused)
                .containsExactly(Duration.ZERO, Duration.ZERO, Duration.ofHours(3), Duration.ofHours(3));
        assertThat(state.history().get(0).due()).isEqualTo(at("2026-03-03T09:30"));
        assertThat(state.history().get(2).due())
                .isEqualTo(at("2026-03-03T14:00")); // 7 h from 14:30: 3 h + 3 h 30 + 30 min
        assertThat(state.history().get(3).due()).isNull();
        assertThat(state.breached()).isFalse();
    }

    @Example
    void refusesEventsThatDoNotFit() {
        ClockEvent start = new ClockEvent.Start(at("2026-03-02T09:00"), SlaTarget.hours(8), "opened");
        assertThatThrownBy(() -> SlaClock.replay(
                        desk,
                        List.of(start, new ClockEvent.Resume(at("2026-03-02T10:00"), "x")),
                        at("2026-03-03T09:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clock event 2 (resume")
                .hasMessageContaining("running");
        assertThatThrownBy(() -> SlaClock.replay(
                        desk,
                        List.of(start, new ClockEvent.Pause(at("2026-03-02T08:00"), "x")),
                        at("2026-03-03T09:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("comes before");
        assertThatThrownBy(() -> SlaClock.replay(
                        desk, List.of(new ClockEvent.Pause(at("2026-03-02T08:00"), "x")), at("2026-03-03T09:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not_started");
        assertThatThrownBy(() -> SlaTarget.hours(0)).isInstanceOf(IllegalArgumentException.class);
        SlaState notYet = SlaClock.replay(desk, List.of(start), at("2026-03-01T09:00"));
        assertThat(notYet.phase()).isEqualTo(ClockPhase.NOT_STARTED);
        assertThat(notYet.due()).isNull();
        assertThat(notYet.breached()).isFalse();
    }
}
