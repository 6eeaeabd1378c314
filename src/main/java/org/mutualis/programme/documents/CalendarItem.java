package org.mutualis.programme.documents;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event of the programme's calendar: either all-day (a task, a phase, a milestone: {@link #allDay}) or a
 * meeting at a time in Europe/Paris ({@link #meeting}).
 *
 * @param uid the event's stable id, the same at every download so calendars update it rather than duplicate
 *     it; globally unique, e.g. {@code "programme-task-42@mutualis"}
 * @param summary the event's title
 * @param description its text, or null
 * @param startDay an all-day event's first day, or null for a meeting
 * @param endDay an all-day event's last day (inclusive), or null for one day (a milestone)
 * @param startTime a meeting's start, local time in Europe/Paris, or null for an all-day event
 * @param duration a meeting's length (positive), or null for an all-day event
 * @param url a link to the event's page (absolute), or null
 * @param categories the event's categories (e.g. the stage, "Jalon"), maybe none
 */
public record CalendarItem(
        String uid,
        String summary,
        @Nullable String description,
        @Nullable LocalDate startDay,
        @Nullable LocalDate endDay,
        @Nullable LocalDateTime startTime,
        @Nullable Duration duration,
        @Nullable URI url,
        List<String> categories) {

    public CalendarItem {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(summary, "summary");
        categories = List.copyOf(categories);
        boolean allDay = startDay != null && startTime == null && duration == null;
        boolean meeting = startDay == null && endDay == null && startTime != null && duration != null;
        if (!allDay && !meeting) {
            throw new IllegalArgumentException("An event is all-day (days) or a meeting (time and duration): " + uid);
        }
        if (startDay != null && endDay != null && endDay.isBefore(startDay)) {
            throw new IllegalArgumentException("An event ends before it starts: " + uid);
        }
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException("A meeting lasts some time: " + uid);
        }
    }

    /** An all-day event from {@code start} to {@code end} inclusive (null: the one day {@code start}). */
    public static CalendarItem allDay(
            String uid,
            String summary,
            @Nullable String description,
            LocalDate start,
            @Nullable LocalDate end,
            @Nullable URI url,
            List<String> categories) {
        return new CalendarItem(uid, summary, description, start, end, null, null, url, categories);
    }

    /** A meeting at {@code start} (Europe/Paris) for {@code duration}. */
    public static CalendarItem meeting(
            String uid,
            String summary,
            @Nullable String description,
            LocalDateTime start,
            Duration duration,
            @Nullable URI url,
            List<String> categories) {
        return new CalendarItem(uid, summary, description, null, null, start, duration, url, categories);
    }
}
