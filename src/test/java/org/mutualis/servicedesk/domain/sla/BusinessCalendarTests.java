package org.mutualis.servicedesk.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.servicedesk.domain.sla.Paris.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Example;

/** Open time on a centre's calendar: hours, holidays, closures, daylight saving. */
class BusinessCalendarTests {

    private final BusinessCalendar desk = Paris.defaultCalendar();

    @Example
    void isOpenInsideOpeningHoursOnly() {
        assertThat(desk.isOpen(at("2026-03-02T08:30"))).isTrue(); // Monday, opening
        assertThat(desk.isOpen(at("2026-03-02T12:00"))).isFalse(); // lunch break starts
        assertThat(desk.isOpen(at("2026-03-02T13:29"))).isFalse();
        assertThat(desk.isOpen(at("2026-03-02T17:29"))).isTrue();
        assertThat(desk.isOpen(at("2026-03-02T17:30"))).isFalse();
        assertThat(desk.isOpen(at("2026-03-07T10:00"))).isFalse(); // Saturday
        assertThat(desk.isOpen(at("2026-05-14T10:00"))).isFalse(); // Ascension Thursday
        assertThat(desk.isOpen(at("2026-05-25T10:00"))).isFalse(); // Whit Monday
    }

    @Example
    void aLocalClosureClosesWholeDays() {
        BusinessCalendar closed = Paris.calendar(
                Paris.DEFAULT_HOURS,
                new Closure(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 15), "pont de l'Ascension"));
        assertThat(closed.isOpenDay(LocalDate.of(2026, 5, 15))).isFalse();
        assertThat(desk.isOpenDay(LocalDate.of(2026, 5, 15))).isTrue();
        // Wednesday 13 May 2026 17:00 + 1 hour: Thursday 14 (Ascension) and Friday 15 (closure) are closed,
        // then the weekend: Monday 18 May 2026 09:00.
        assertThat(closed.plusOpenTime(at("2026-05-13T17:00"), Duration.ofHours(1)))
                .isEqualTo(at("2026-05-18T09:00"));
        assertThat(desk.plusOpenTime(at("2026-05-13T17:00"), Duration.ofHours(1)))
                .isEqualTo(at("2026-05-15T09:00"));
    }

    @Example
    void openTimeBetweenCountsOnlyOpenPeriods() {
        // Friday 6 March 2026 16:00 to Monday 9 March 2026 10:00: 1 h 30 on Friday, 1 h 30 on Monday.
        assertThat(desk.openTimeBetween(at("2026-03-06T16:00"), at("2026-03-09T10:00")))
                .isEqualTo(Duration.ofHours(3));
        assertThat(desk.openTimeBetween(at("2026-03-09T10:00"), at("2026-03-06T16:00")))
                .isZero();
        assertThat(desk.openTimeOn(LocalDate.of(2026, 3, 9))).isEqualTo(Duration.ofMinutes(450));
    }

    @Example
    void acrossAscensionAndWhitMonday2026() {
        // Wednesday 13 May 2026 16:00 + 8 business hours: 1 h 30 on Wednesday, Thursday 14 is Ascension,
        // Friday 15: 3 h 30 in the morning, 3 h in the afternoon → Friday 15 May 2026 16:30.
        assertThat(desk.plusOpenTime(at("2026-05-13T16:00"), Duration.ofHours(8)))
                .isEqualTo(at("2026-05-15T16:30"));
        // Friday 22 May 2026 16:00 + 8 business hours: 1 h 30 on Friday, the weekend, Whit Monday 25 May,
        // then Tuesday 26 May 2026: 3 h 30 + 3 h → 16:30.
        assertThat(desk.plusOpenTime(at("2026-05-22T16:00"), Duration.ofHours(8)))
                .isEqualTo(at("2026-05-26T16:30"));
        // Two business days from Wednesday 13 May 2026 16:00: Friday 15 (day 1), Monday 18 (day 2) → 16:00.
        assertThat(desk.plusOpenDays(at("2026-05-13T16:00"), 2)).isEqualTo(at("2026-05-18T16:00"));
        assertThat(desk.plusOpenDays(LocalDate.of(2026, 5, 22), 1)).isEqualTo(LocalDate.of(2026, 5, 26));
    }

    @Example
    void acrossTheSpringDaylightSavingChange2026() {
        // Friday 27 March 2026 16:00 (UTC+1) + 4 business hours: 1 h 30 on Friday, 2 h 30 on Monday
        // 30 March 2026 (UTC+2) → 11:00 Paris time, 09:00 UTC (not 10:00 as UTC arithmetic would say).
        Instant due = desk.plusOpenTime(at("2026-03-27T16:00"), Duration.ofHours(4));
        assertThat(due).isEqualTo(at("2026-03-30T11:00")).isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
        assertThat(desk.openTimeBetween(at("2026-03-27T16:00"), due)).isEqualTo(Duration.ofHours(4));
        // and back in autumn: Friday 23 October 2026 16:00 (UTC+2) + 4 h → Monday 26 October 11:00 (UTC+1).
        assertThat(desk.plusOpenTime(at("2026-10-23T16:00"), Duration.ofHours(4)))
                .isEqualTo(Instant.parse("2026-10-26T10:00:00Z"));
    }

    @Example
    void anOpenPeriodAcrossTheClockChangeLastsItsRealTime() {
        BusinessCalendar allDay = Paris.calendar("MON-SUN 00:00-24:00");
        assertThat(allDay.openTimeOn(LocalDate.of(2026, 3, 29))).isEqualTo(Duration.ofHours(23)); // spring forward
        assertThat(allDay.openTimeOn(LocalDate.of(2026, 10, 25))).isEqualTo(Duration.ofHours(25)); // fall back
        BusinessCalendar night = Paris.calendar("SUN 00:00-06:00");
        assertThat(night.openTimeOn(LocalDate.of(2026, 3, 29))).isEqualTo(Duration.ofHours(5));
        assertThat(night.plusOpenTime(at("2026-03-29T00:00"), Duration.ofHours(5)))
                .isEqualTo(at("2026-03-29T06:00"));
        assertThat(night.openTimeOn(LocalDate.of(2026, 10, 25))).isEqualTo(Duration.ofHours(7));
    }

    @Example
    void nextOpening() {
        assertThat(desk.nextOpening(at("2026-03-02T10:00"))).isEqualTo(at("2026-03-02T10:00"));
        assertThat(desk.nextOpening(at("2026-03-02T12:15"))).isEqualTo(at("2026-03-02T13:30"));
        assertThat(desk.nextOpening(at("2026-03-06T17:30"))).isEqualTo(at("2026-03-09T08:30"));
        assertThat(desk.nextOpening(at("2026-05-13T18:00"))).isEqualTo(at("2026-05-15T08:30")); // over Ascension
    }

    @Example
    void businessDaysTargetIsTheSameTimeOnTheNthOpenDay() {
        // Monday 2 March 2026 10:00, 2 days → Wednesday 4 March 2026 10:00: 15 h of open time.
        assertThat(desk.openDaysTarget(at("2026-03-02T10:00"), 2)).isEqualTo(Duration.ofHours(15));
        assertThat(desk.plusOpenDays(at("2026-03-02T10:00"), 2)).isEqualTo(at("2026-03-04T10:00"));
        // Opened on Saturday 7 March 2026 10:00: counted from Monday 08:30; one day → Monday 9 March 17:30.
        assertThat(desk.plusOpenDays(at("2026-03-07T10:00"), 1)).isEqualTo(at("2026-03-09T17:30"));
        // Opened at lunch, Monday 2 March 2026 12:30: counted from 13:30; one day → Tuesday 3 March 12:00
        // (the end of the morning: as much open time as up to Tuesday 13:30).
        assertThat(desk.plusOpenDays(at("2026-03-02T12:30"), 1)).isEqualTo(at("2026-03-03T12:00"));
    }

    @Example
    void longSpansStayDayByDay() {
        // Thirty years: additive, and plusOpenTime undoes openTimeBetween.
        Instant from = at("2000-01-03T09:00");
        Instant middle = at("2015-06-15T10:00");
        Instant to = at("2030-01-02T11:00");
        Duration whole = desk.openTimeBetween(from, to);
        assertThat(desk.openTimeBetween(from, middle).plus(desk.openTimeBetween(middle, to)))
                .isEqualTo(whole);
        assertThat(desk.plusOpenTime(from, whole)).isEqualTo(to);
        // about 252 open days a year of 7 h 30
        assertThat(whole.toHours()).isBetween(30L * 245 * 15 / 2, 30L * 255 * 15 / 2);
    }

    @Example
    void aLongClosureIsWalkedThrough() {
        BusinessCalendar longClosure = Paris.calendar(
                "SAT 09:00-12:00", new Closure(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), "travaux"));
        // Saturday 27 December 2025 11:00 + 2 hours: 1 hour then, the next hour on Saturday 8 January 2028
        // (Saturday 1 January 2028 is a holiday).
        assertThat(longClosure.plusOpenTime(at("2025-12-27T11:00"), Duration.ofHours(2)))
                .isEqualTo(at("2028-01-08T10:00"));
    }

    @Example
    void refusesNegativeTimesAndBackwardClosures() {
        assertThatThrownBy(() -> desk.plusOpenTime(at("2026-03-02T10:00"), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Closure(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), "à l'envers"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("à l'envers");
    }
}
