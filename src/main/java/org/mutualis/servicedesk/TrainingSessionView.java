package org.mutualis.servicedesk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A training session of a service centre: what, when (its days and daily hours, Europe/Paris),
 * where, by whom, its seats (capacity, confirmed, waiting), the training days it counts for each
 * person present, and its {@code version} to name when changing it.
 */
public record TrainingSessionView(
        long id,
        long centreId,
        String topic,
        @Nullable String description,
        LocalDate firstDay,
        LocalDate lastDay,
        LocalTime startTime,
        LocalTime endTime,
        String place,
        String trainer,
        int capacity,
        TrainingSessionStatus status,
        int version,
        long confirmed,
        long waiting,
        BigDecimal days) {

    /** Seats still free. */
    public long free() {
        return Math.max(0, capacity - confirmed);
    }

    public boolean oneDay() {
        return firstDay.equals(lastDay);
    }
}
