package org.mutualis.servicedesk.domain.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * How many training days a session counts for each person present: its days times the day's
 * hours over a training day of 7 hours, a day counting for one at most (a 09:00–17:30 day with
 * its lunch break is one day, a 09:00–12:30 morning half a day). Two decimals, rounded half up.
 */
public final class TrainingDuration {

    /** The hours of a full training day. */
    public static final int DAY_MINUTES = 7 * 60;

    private TrainingDuration() {}

    /**
     * @throws IllegalArgumentException when the last day is before the first or the end not after the start
     */
    public static BigDecimal days(LocalDate firstDay, LocalDate lastDay, LocalTime start, LocalTime end) {
        if (lastDay.isBefore(firstDay) || !end.isAfter(start)) {
            throw new IllegalArgumentException("a session ends after it starts");
        }
        long dates = ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        long minutes = Math.min(DAY_MINUTES, ChronoUnit.MINUTES.between(start, end));
        return BigDecimal.valueOf(dates * minutes).divide(BigDecimal.valueOf(DAY_MINUTES), 2, RoundingMode.HALF_UP);
    }

    /** The session's hours in all: its days times the day's hours, in minutes. */
    public static long minutes(LocalDate firstDay, LocalDate lastDay, LocalTime start, LocalTime end) {
        return (ChronoUnit.DAYS.between(firstDay, lastDay) + 1) * ChronoUnit.MINUTES.between(start, end);
    }
}
