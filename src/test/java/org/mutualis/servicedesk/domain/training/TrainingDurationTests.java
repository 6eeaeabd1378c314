package org.mutualis.servicedesk.domain.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The training days a session counts for: a day of 7 hours or more is one day, shorter days in proportion. */
class TrainingDurationTests {

    private static final LocalDate MONDAY = LocalDate.of(2015, 3, 9);

    @Property
    void aSessionCountsBetweenNothingAndOneDayPerDateAndMoreHoursNeverCountLess(
            @ForAll @IntRange(min = 0, max = 9) int extraDays,
            @ForAll @IntRange(min = 0, max = 22 * 60) int startMinute,
            @ForAll @IntRange(min = 1, max = 120) int length,
            @ForAll @IntRange(min = 0, max = 60) int more) {
        LocalTime start = LocalTime.MIN.plusMinutes(startMinute);
        int end = Math.min(startMinute + length, 24 * 60 - 1);
        LocalTime stop = LocalTime.MIN.plusMinutes(end);
        BigDecimal days = TrainingDuration.days(MONDAY, MONDAY.plusDays(extraDays), start, stop);

        assertThat(days).isGreaterThanOrEqualTo(BigDecimal.ZERO).isLessThanOrEqualTo(BigDecimal.valueOf(extraDays + 1));
        assertThat(days.scale()).isEqualTo(2);
        LocalTime later = LocalTime.MIN.plusMinutes(Math.min(end + more, 24 * 60 - 1));
        assertThat(TrainingDuration.days(MONDAY, MONDAY.plusDays(extraDays), start, later))
                .isGreaterThanOrEqualTo(days);
    }

    @Property
    void aFullDayCountsOneWhateverItsHours(
            @ForAll @IntRange(min = 0, max = 9) int extraDays, @ForAll @IntRange(min = 0, max = 120) int beyond) {
        LocalTime start = LocalTime.of(8, 30);
        BigDecimal days = TrainingDuration.days(
                MONDAY, MONDAY.plusDays(extraDays), start, start.plusMinutes(TrainingDuration.DAY_MINUTES + beyond));
        assertThat(days).isEqualByComparingTo(BigDecimal.valueOf(extraDays + 1));
    }

    @Test
    void examples() {
        assertThat(TrainingDuration.days(MONDAY, MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 30)))
                .isEqualByComparingTo("0.50");
        assertThat(TrainingDuration.days(MONDAY, MONDAY.plusDays(1), LocalTime.of(9, 0), LocalTime.of(17, 0)))
                .isEqualByComparingTo("2.00");
        assertThat(TrainingDuration.days(MONDAY, MONDAY, LocalTime.of(14, 0), LocalTime.of(16, 0)))
                .isEqualByComparingTo("0.29");
        assertThat(TrainingDuration.minutes(MONDAY, MONDAY.plusDays(1), LocalTime.of(9, 0), LocalTime.of(12, 30)))
                .isEqualTo(420);
    }

    @Test
    void aSessionEndsAfterItStarts() {
        assertThatThrownBy(() -> TrainingDuration.days(MONDAY, MONDAY, LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrainingDuration.days(MONDAY, MONDAY.minusDays(1), LocalTime.NOON, LocalTime.MIDNIGHT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
