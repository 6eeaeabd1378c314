package org.mutualis.servicedesk.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicedesk.domain.TargetUnit;

/**
 * The clock's promises on generated calendars (any weekly hours, Paris or New York, a few closures),
 * starts, targets and pause/resume sequences.
 */
class SlaClockPropertiesTests {

    /** A clock's story: started at {@code start}, then alternately running and paused for {@code gaps} minutes. */
    record Story(BusinessCalendar calendar, Instant start, SlaTarget target, List<Integer> gaps, int tail) {

        List<ClockEvent> events() {
            List<ClockEvent> events = new ArrayList<>();
            events.add(new ClockEvent.Start(start, target, "opened"));
            Instant t = start;
            for (int i = 0; i < gaps.size(); i++) {
                t = t.plus(gaps.get(i), ChronoUnit.MINUTES);
                events.add(i % 2 == 0 ? new ClockEvent.Pause(t, "waiting") : new ClockEvent.Resume(t, "answered"));
            }
            return events;
        }

        Instant now() {
            Instant last = events().get(events().size() - 1).at();
            return last.plus(tail, ChronoUnit.MINUTES);
        }
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZoneId.of("Europe/Paris"), ZoneId.of("America/New_York"));
        Arbitrary<Closure> closure = Combinators.combine(
                        Arbitraries.longs()
                                .between(
                                        LocalDate.of(2025, 1, 1).toEpochDay(),
                                        LocalDate.of(2027, 12, 31).toEpochDay()),
                        Arbitraries.integers().between(0, 20))
                .as((first, length) ->
                        new Closure(LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(first + length), "fermeture"));
        return Combinators.combine(
                        zones, OpeningHoursTests.hours(), closure.list().ofMaxSize(3))
                .as(BusinessCalendar::new);
    }

    @Provide
    Arbitrary<Story> stories() {
        Arbitrary<Instant> starts = Arbitraries.longs()
                .between(
                        Instant.parse("2025-01-01T00:00:00Z").getEpochSecond() / 60,
                        Instant.parse("2027-06-01T00:00:00Z").getEpochSecond() / 60)
                .map(minute -> Instant.ofEpochSecond(minute * 60));
        Arbitrary<SlaTarget> targets = Combinators.combine(
                        Arbitraries.of(TargetUnit.values()),
                        Arbitraries.integers().between(1, 40))
                .as((unit, amount) ->
                        unit == TargetUnit.BUSINESS_DAYS ? SlaTarget.days(1 + amount % 10) : SlaTarget.hours(amount));
        Arbitrary<List<Integer>> gaps =
                Arbitraries.integers().between(0, 8000).list().ofMaxSize(7);
        return Combinators.combine(
                        calendars(),
                        starts,
                        targets,
                        gaps,
                        Arbitraries.integers().between(0, 20000))
                .as(Story::new);
    }

    @Property(tries = 300)
    void withoutWaitingTheDueIsTheStartPlusTheTargetInBusinessTime(@ForAll("stories") Story story) {
        SlaState state = SlaClock.replay(story.calendar(), story.events().subList(0, 1), story.now());
        Duration targetTime = story.calendar().targetTime(story.target(), story.start());
        if (story.target().unit() == TargetUnit.BUSINESS_HOURS) {
            assertThat(targetTime).isEqualTo(Duration.ofHours(story.target().amount()));
        }
        assertThat(state.due()).isEqualTo(story.calendar().plusOpenTime(story.start(), targetTime));
        assertThat(state.paused()).isZero();
        assertThat(state.consumed()).isEqualTo(story.calendar().openTimeBetween(story.start(), story.now()));
    }

    @Property(tries = 300)
    void pausingNeverShortensTheRemainingTime(@ForAll("stories") Story story) {
        SlaState withPauses = SlaClock.replay(story.calendar(), story.events(), story.now());
        SlaState without = SlaClock.replay(story.calendar(), story.events().subList(0, 1), story.now());
        assertThat(withPauses.remaining()).isGreaterThanOrEqualTo(without.remaining());
        assertThat(withPauses.consumed()).isLessThanOrEqualTo(without.consumed());
        if (withPauses.due() != null && !withPauses.breached()) {
            assertThat(withPauses.due()).isAfterOrEqualTo(without.due());
        }
        // along the history: the due after a resume is never before the due before the pause
        @Nullable Instant lastDue = null;
        for (ClockEntry entry : withPauses.history()) {
            if (entry.due() != null
                    && !entry.consumed().equals(entry.target())
                    && entry.consumed().compareTo(entry.target()) < 0) {
                if (lastDue != null) {
                    assertThat(entry.due()).isAfterOrEqualTo(lastDue);
                }
                lastDue = entry.due();
            }
        }
    }

    @Property(tries = 300)
    void dueDatesNeverFallInAClosedPeriod(@ForAll("stories") Story story) {
        BusinessCalendar calendar = story.calendar();
        SlaState state = SlaClock.replay(calendar, story.events(), story.now());
        List<@Nullable Instant> dues = new ArrayList<>();
        dues.add(state.due());
        dues.add(state.breachedAt());
        dues.add(state.warningAt(75));
        dues.add(state.projectedDue());
        state.history().forEach(entry -> dues.add(entry.due()));
        for (Instant due : dues) {
            if (due != null) {
                assertThat(calendar.isWithinOrClosingOpenPeriod(due))
                        .as("%s (%s) on %s", due, due.atZone(calendar.zone()), calendar.hours())
                        .isTrue();
            }
        }
    }

    @Property(tries = 300)
    void retargetingKeepsConsumedAndPausedTime(
            @ForAll("stories") Story story, @ForAll("retargets") SlaTarget newTarget, @ForAll int where) {
        List<ClockEvent> events = story.events();
        int after = Math.floorMod(where, events.size());
        List<ClockEvent> retargeted = new ArrayList<>(events);
        retargeted.add(after + 1, new ClockEvent.Retarget(events.get(after).at(), newTarget, "priority changed"));
        SlaState before = SlaClock.replay(story.calendar(), events, story.now());
        SlaState state = SlaClock.replay(story.calendar(), retargeted, story.now());
        assertThat(state.consumed()).isEqualTo(before.consumed());
        assertThat(state.paused()).isEqualTo(before.paused());
        assertThat(state.phase()).isEqualTo(before.phase());
        assertThat(state.targetTime()).isEqualTo(story.calendar().targetTime(newTarget, story.start()));
        ClockEntry retarget = state.history().get(after + 1);
        assertThat(retarget.consumed()).isEqualTo(before.history().get(after).consumed());
        assertThat(retarget.paused()).isEqualTo(before.history().get(after).paused());
    }

    @Provide
    Arbitrary<SlaTarget> retargets() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 60).map(SlaTarget::hours),
                Arbitraries.integers().between(1, 10).map(SlaTarget::days));
    }

    @Property(tries = 300)
    void consumedPlusRemainingIsTheTargetWhileNotBreached(@ForAll("stories") Story story) {
        SlaState state = SlaClock.replay(story.calendar(), story.events(), story.now());
        if (state.breached()) {
            assertThat(state.remaining()).isZero();
            assertThat(state.consumed()).isGreaterThan(state.targetTime());
            assertThat(state.consumed().minus(state.overrun())).isEqualTo(state.targetTime());
            assertThat(state.breachedAt()).isNotNull().isBeforeOrEqualTo(story.now());
        } else {
            assertThat(state.consumed().plus(state.remaining())).isEqualTo(state.targetTime());
            assertThat(state.breachedAt()).isNull();
        }
        Duration open = story.calendar().openTimeBetween(story.start(), story.now());
        assertThat(state.consumed().plus(state.paused())).isEqualTo(open);
    }

    @Property(tries = 300)
    void plusOpenTimeUndoesOpenTimeBetween(
            @ForAll("calendars") BusinessCalendar calendar, @ForAll("stories") Story story, @ForAll int minutes) {
        Duration amount = Duration.ofMinutes(1 + Math.floorMod(minutes, 20000));
        Instant from = story.start();
        Instant to = calendar.plusOpenTime(from, amount);
        assertThat(calendar.openTimeBetween(from, to)).isEqualTo(amount);
        assertThat(calendar.isWithinOrClosingOpenPeriod(to)).isTrue();
        assertThat(calendar.openTimeBetween(from, to.minusNanos(1))).isLessThan(amount);
        Instant middle = from.plus(Duration.between(from, to).dividedBy(3));
        assertThat(calendar.openTimeBetween(from, middle).plus(calendar.openTimeBetween(middle, to)))
                .isEqualTo(amount);
        Instant next = calendar.nextOpening(from);
        assertThat(calendar.isOpen(next)).isTrue();
        assertThat(calendar.openTimeBetween(from, next)).isZero();
    }

    @Property(tries = 200)
    void aSolvedThenReopenedClockKeepsWhatItConsumed(
            @ForAll("stories") Story story, @ForAll int solvedFor, @ForAll int after) {
        List<ClockEvent> events = new ArrayList<>(story.events());
        Instant solved = story.now();
        Instant reopened = solved.plus(Math.floorMod(solvedFor, 20000), ChronoUnit.MINUTES);
        Instant later = reopened.plus(Math.floorMod(after, 5000), ChronoUnit.MINUTES);
        events.add(new ClockEvent.Stop(solved, "solved"));
        events.add(new ClockEvent.Restart(reopened, "reopened"));
        SlaState atSolve = SlaClock.replay(story.calendar(), events, solved);
        SlaState stopped = SlaClock.replay(story.calendar(), events.subList(0, events.size() - 1), reopened);
        assertThat(stopped.phase()).isEqualTo(ClockPhase.STOPPED);
        assertThat(stopped.consumed()).isEqualTo(atSolve.consumed());
        assertThat(stopped.paused()).isEqualTo(atSolve.paused());
        assertThat(stopped.due()).isNull();
        SlaState state = SlaClock.replay(story.calendar(), events, later);
        assertThat(state.phase()).isEqualTo(ClockPhase.RUNNING);
        assertThat(state.consumed())
                .isEqualTo(atSolve.consumed().plus(story.calendar().openTimeBetween(reopened, later)));
        assertThat(state.paused()).isEqualTo(atSolve.paused());
        Instant due = state.due();
        assertThat(due).isNotNull();
        assertThat(story.calendar().isWithinOrClosingOpenPeriod(due)).isTrue();
    }
}
