package org.mutualis.servicedesk;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicedesk.ServiceCentres.Target;
import org.mutualis.servicedesk.domain.Priority;
import org.mutualis.servicedesk.domain.TicketStatus;
import org.mutualis.servicedesk.domain.sla.BusinessCalendar;
import org.mutualis.servicedesk.domain.sla.ClockEvent;
import org.mutualis.servicedesk.domain.sla.ClockPhase;
import org.mutualis.servicedesk.domain.sla.Closure;
import org.mutualis.servicedesk.domain.sla.OpeningHours;
import org.mutualis.servicedesk.domain.sla.SlaClock;
import org.mutualis.servicedesk.domain.sla.SlaState;
import org.mutualis.servicedesk.domain.sla.SlaTarget;

/**
 * A ticket's two SLA clocks (time to take charge, time to resolve), replayed by the clock core
 * ({@code domain.sla}) from the ticket's history: the opening starts both with the priority's
 * targets; a priority change retargets them (elapsed and paused time kept); waiting for the
 * requester or a supplier pauses the resolution clock and leaving the wait resumes it; solving
 * stops it and reopening restarts it; leaving « new » stops the take-charge clock.
 */
final class TicketClocks {

    /** The zone of the centres' opening hours (French territories). */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** Both clocks of a ticket, as they stand now. */
    record Clocks(SlaState takeCharge, SlaState resolve) {

        /**
         * The instant the queue sorts on: the resolution's due instant (projected while paused);
         * once solved, the one it had when solved (the dashboards' « on time » compares with it).
         */
        @Nullable
        Instant resolveDue() {
            Instant projected = resolve.projectedDue();
            return projected != null ? projected : resolve.dueAtStop();
        }

        /** The take-charge due instant: running, or the one it had when the ticket was taken. */
        @Nullable
        Instant takeChargeDue() {
            return takeCharge.phase() == ClockPhase.RUNNING ? takeCharge.due() : takeCharge.dueAtStop();
        }

        boolean paused() {
            return resolve.phase() == ClockPhase.PAUSED;
        }

        /** When the running resolution clock reaches this share of its target; null unless running. */
        @Nullable
        Instant warnAt(int percent) {
            return resolve.phase() == ClockPhase.RUNNING ? resolve.warningAt(percent) : null;
        }
    }

    private TicketClocks() {}

    static BusinessCalendar calendar(String openingHours, List<ServiceCentres.ClosureView> closures) {
        List<Closure> days = closures.stream()
                .map(c -> new Closure(c.firstDay(), c.lastDay(), c.label()))
                .toList();
        return new BusinessCalendar(ZONE, OpeningHours.parse(openingHours), days);
    }

    static Clocks replay(
            BusinessCalendar calendar, List<TicketChange> history, Map<Priority, Target> targets, Instant now) {
        return new Clocks(
                SlaClock.replay(calendar, takeChargeEvents(history, targets), now),
                SlaClock.replay(calendar, resolveEvents(history, targets), now));
    }

    /** The resolution clock's events, in the history's order, each fitting the clock's phase. */
    static List<ClockEvent> resolveEvents(List<TicketChange> history, Map<Priority, Target> targets) {
        List<ClockEvent> events = new ArrayList<>();
        ClockPhase phase = ClockPhase.NOT_STARTED;
        for (TicketChange change : history) {
            Instant at = change.at();
            if (change.field().equals("priority") && change.after() != null) {
                SlaTarget target = resolveTarget(targets, Priority.valueOf(change.after()));
                if (phase == ClockPhase.NOT_STARTED) {
                    events.add(new ClockEvent.Start(at, target, "opened"));
                    phase = ClockPhase.RUNNING;
                } else {
                    events.add(new ClockEvent.Retarget(at, target, "priority " + change.after()));
                }
            } else if (change.field().equals("status") && change.after() != null && phase != ClockPhase.NOT_STARTED) {
                TicketStatus to = TicketStatus.valueOf(change.after());
                if (to.done()) {
                    if (phase != ClockPhase.STOPPED) {
                        events.add(new ClockEvent.Stop(at, to.name()));
                        phase = ClockPhase.STOPPED;
                    }
                } else if (phase == ClockPhase.STOPPED) {
                    events.add(new ClockEvent.Restart(at, to.name()));
                    phase = ClockPhase.RUNNING;
                    if (to.waiting()) {
                        events.add(new ClockEvent.Pause(at, to.name()));
                        phase = ClockPhase.PAUSED;
                    }
                } else if (to.waiting() && phase == ClockPhase.RUNNING) {
                    events.add(new ClockEvent.Pause(at, to.name()));
                    phase = ClockPhase.PAUSED;
                } else if (!to.waiting() && phase == ClockPhase.PAUSED) {
                    events.add(new ClockEvent.Resume(at, to.name()));
                    phase = ClockPhase.RUNNING;
                }
            }
        }
        return events;
    }

    /** The take-charge clock: from the opening until the ticket first leaves « new ». */
    static List<ClockEvent> takeChargeEvents(List<TicketChange> history, Map<Priority, Target> targets) {
        List<ClockEvent> events = new ArrayList<>();
        ClockPhase phase = ClockPhase.NOT_STARTED;
        for (TicketChange change : history) {
            if (phase == ClockPhase.STOPPED) {
                break;
            }
            if (change.field().equals("priority") && change.after() != null) {
                SlaTarget target = takeChargeTarget(targets, Priority.valueOf(change.after()));
                if (phase == ClockPhase.NOT_STARTED) {
                    events.add(new ClockEvent.Start(change.at(), target, "opened"));
                    phase = ClockPhase.RUNNING;
                } else {
                    events.add(new ClockEvent.Retarget(change.at(), target, "priority " + change.after()));
                }
            } else if (change.field().equals("status")
                    && change.before() != null
                    && !TicketStatus.NEW.name().equals(change.after())
                    && phase == ClockPhase.RUNNING) {
                events.add(new ClockEvent.Stop(change.at(), change.after() == null ? "taken" : change.after()));
                phase = ClockPhase.STOPPED;
            }
        }
        return events;
    }

    private static SlaTarget resolveTarget(Map<Priority, Target> targets, Priority priority) {
        Target target = targets.get(priority);
        return new SlaTarget(target.resolve(), target.resolveUnit());
    }

    private static SlaTarget takeChargeTarget(Map<Priority, Target> targets, Priority priority) {
        Target target = targets.get(priority);
        return new SlaTarget(target.takeCharge(), target.takeChargeUnit());
    }
}
