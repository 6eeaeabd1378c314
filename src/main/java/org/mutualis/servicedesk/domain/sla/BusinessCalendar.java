package org.mutualis.servicedesk.domain.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mutualis.servicedesk.domain.TargetUnit;

/**
 * When a service centre is open: its weekly {@link OpeningHours} in its time zone, minus the French
 * public holidays and its local closures. Open periods are computed day by day in local time and
 * turned into instants with the zone's rules, so a daylight-saving change is counted in real time
 * (an open period across 02:00-03:00 on the last Sunday of March lasts one hour less). Every method
 * walks day by day, never minute by minute: a span of years is a few thousand small steps.
 */
public final class BusinessCalendar {

    /** One open period of a day: {@code start} included, {@code end} excluded. */
    public record OpenPeriod(Instant start, Instant end) {
        public Duration length() {
            return Duration.between(start, end);
        }
    }

    /** A search for an open period gives up after this many closed days in a row, well past the last closure. */
    private static final int MAX_CLOSED_RUN = 400;

    private final ZoneId zone;
    private final OpeningHours hours;
    private final List<Closure> closures;
    private final LocalDate lastClosureDay;

    public BusinessCalendar(ZoneId zone, OpeningHours hours, List<Closure> closures) {
        this.zone = Objects.requireNonNull(zone);
        this.hours = Objects.requireNonNull(hours);
        this.closures = List.copyOf(closures);
        this.lastClosureDay = this.closures.stream()
                .map(Closure::last)
                .max(LocalDate::compareTo)
                .orElse(LocalDate.of(1, 1, 1));
    }

    public ZoneId zone() {
        return zone;
    }

    public OpeningHours hours() {
        return hours;
    }

    public List<Closure> closures() {
        return closures;
    }

    /** True when the centre opens that day: its weekday has hours, not a holiday, not closed. */
    public boolean isOpenDay(LocalDate day) {
        if (!hours.opens(day.getDayOfWeek()) || FrenchHolidays.isHoliday(day)) {
            return false;
        }
        for (Closure closure : closures) {
            if (closure.contains(day)) {
                return false;
            }
        }
        return true;
    }

    /** The open periods of a day, in order; empty on a closed day. */
    public List<OpenPeriod> openPeriods(LocalDate day) {
        if (!isOpenDay(day)) {
            return List.of();
        }
        List<OpeningHours.Range> ranges = hours.on(day.getDayOfWeek());
        List<OpenPeriod> periods = new ArrayList<>(ranges.size());
        for (OpeningHours.Range range : ranges) {
            Instant start = ZonedDateTime.of(day, range.start(), zone).toInstant();
            Instant end = range.end().equals(LocalTime.MAX)
                    ? day.plusDays(1).atStartOfDay(zone).toInstant()
                    : ZonedDateTime.of(day, range.end(), zone).toInstant();
            if (end.isAfter(start)) {
                periods.add(new OpenPeriod(start, end));
            }
        }
        return periods;
    }

    /** The open time of a whole day. */
    public Duration openTimeOn(LocalDate day) {
        Duration total = Duration.ZERO;
        for (OpenPeriod period : openPeriods(day)) {
            total = total.plus(period.length());
        }
        return total;
    }

    private LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** True when the centre is open at that instant (period starts included, ends excluded). */
    public boolean isOpen(Instant instant) {
        for (OpenPeriod period : openPeriods(dayOf(instant))) {
            if (!instant.isBefore(period.start()) && instant.isBefore(period.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the instant is the end of, or inside, an open period: {@code start < instant <=
     * end}. A due instant always satisfies this: it never falls in a closed period, at most at the
     * closing time of an open one.
     */
    public boolean isWithinOrClosingOpenPeriod(Instant instant) {
        LocalDate day = dayOf(instant);
        for (LocalDate d : List.of(day.minusDays(1), day)) {
            for (OpenPeriod period : openPeriods(d)) {
                if (instant.isAfter(period.start()) && !instant.isAfter(period.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The open time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration openTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = dayOf(to);
        for (LocalDate day = dayOf(from); !day.isAfter(last); day = day.plusDays(1)) {
            for (OpenPeriod period : openPeriods(day)) {
                Instant start = period.start().isAfter(from) ? period.start() : from;
                Instant end = period.end().isBefore(to) ? period.end() : to;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /**
     * The earliest instant at which {@code amount} of open time has passed since {@code from}; for
     * a positive amount it lies inside an open period or at its closing time, never in a closed
     * period. A zero amount gives {@code from} back.
     *
     * @throws IllegalArgumentException for a negative amount
     */
    public Instant plusOpenTime(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a negative open time: " + amount);
        }
        if (amount.isZero()) {
            return from;
        }
        Duration left = amount;
        int closedRun = 0;
        for (LocalDate day = dayOf(from); ; day = day.plusDays(1)) {
            boolean any = false;
            for (OpenPeriod period : openPeriods(day)) {
                if (!period.end().isAfter(from)) {
                    continue;
                }
                any = true;
                Instant start = period.start().isAfter(from) ? period.start() : from;
                Duration available = Duration.between(start, period.end());
                if (left.compareTo(available) <= 0) {
                    return start.plus(left);
                }
                left = left.minus(available);
            }
            closedRun = any ? 0 : closedRun + 1;
            checkNotForeverClosed(day, closedRun);
        }
    }

    /** {@code at} itself when open, else the start of the next open period. */
    public Instant nextOpening(Instant at) {
        int closedRun = 0;
        for (LocalDate day = dayOf(at); ; day = day.plusDays(1)) {
            for (OpenPeriod period : openPeriods(day)) {
                if (period.end().isAfter(at)) {
                    return period.start().isAfter(at) ? period.start() : at;
                }
            }
            closedRun++;
            checkNotForeverClosed(day, closedRun);
        }
    }

    /** The first open day strictly after {@code day}. */
    public LocalDate nextOpenDay(LocalDate day) {
        return plusOpenDays(day, 1);
    }

    /** The {@code n}-th open day strictly after {@code day} ({@code day} itself for n = 0). */
    public LocalDate plusOpenDays(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a negative number of open days: " + n);
        }
        LocalDate current = day;
        int found = 0;
        int closedRun = 0;
        while (found < n) {
            current = current.plusDays(1);
            if (isOpenDay(current)) {
                found++;
                closedRun = 0;
            } else {
                closedRun++;
                checkNotForeverClosed(current, closedRun);
            }
        }
        return current;
    }

    /**
     * The open time that a target of {@code days} business days gives a clock started at {@code
     * start}: from the clock's effective start {@code s = nextOpening(start)} to the same local
     * time on the {@code days}-th open day after the day of {@code s}. So a ticket opened on Monday
     * 10:00 with 2 days is due on Wednesday 10:00; one opened on Saturday counts from Monday's
     * opening and, with 1 day, is due on Monday at closing time (as much open time as from Monday
     * opening to Tuesday opening).
     */
    public Duration openDaysTarget(Instant start, int days) {
        if (days <= 0) {
            throw new IllegalArgumentException("a business-days target must be positive: " + days);
        }
        Instant effective = nextOpening(start);
        ZonedDateTime local = effective.atZone(zone);
        LocalDate target = plusOpenDays(local.toLocalDate(), days);
        Instant sameTime = ZonedDateTime.of(target, local.toLocalTime(), zone).toInstant();
        return openTimeBetween(effective, sameTime);
    }

    /** A target as open time for a clock anchored at {@code start} (hours as they are, days as above). */
    public Duration targetTime(SlaTarget target, Instant start) {
        return target.unit() == TargetUnit.BUSINESS_HOURS
                ? Duration.ofHours(target.amount())
                : openDaysTarget(start, target.amount());
    }

    /**
     * The instant {@code days} business days after {@code from}, as a days target started then
     * would be due: for reminders while a ticket waits ("remind every open day"), never on a closed
     * day.
     */
    public Instant plusOpenDays(Instant from, int days) {
        return plusOpenTime(from, openDaysTarget(from, days));
    }

    private void checkNotForeverClosed(LocalDate day, int closedRun) {
        if (closedRun > MAX_CLOSED_RUN && day.isAfter(lastClosureDay.plusDays(MAX_CLOSED_RUN))) {
            throw new IllegalStateException(
                    "the calendar never opens after " + day.minusDays(closedRun) + ": " + hours.format());
        }
    }
}
