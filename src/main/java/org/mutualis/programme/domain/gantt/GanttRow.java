package org.mutualis.programme.domain.gantt;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of the chart: a stage, an action, a phase or a task.
 *
 * <p>Dates are inclusive days. A row with neither date is listed without a bar; a row with one date only is
 * drawn on that day; an end before the start is read as the start (one day). A milestone is drawn as a diamond
 * on its end (or its only) date.
 *
 * @param id the row's key, unique in its chart (e.g. {@code "t42"}); also the SVG's {@code data-id}
 * @param level stage, action, phase or task
 * @param label what the row is called, already in the reader's language
 * @param start the first day (planned or actual, as the caller chooses), or null
 * @param end the last day, inclusive, or null
 * @param status where the row stands
 * @param late whether the row is late (drawn distinctly and said in words, not by colour only)
 * @param milestone whether the row is a milestone (a diamond instead of a bar)
 * @param dependsOn ids of the rows this one starts after (finish to start); unknown ids and rows without dates
 *     draw no arrow
 * @param href a link for the row's label (a path such as {@code /programme/tasks/42}, or http(s)), or null
 */
public record GanttRow(
        String id,
        GanttLevel level,
        String label,
        @Nullable LocalDate start,
        @Nullable LocalDate end,
        GanttStatus status,
        boolean late,
        boolean milestone,
        List<String> dependsOn,
        @Nullable String href) {

    public GanttRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(status, "status");
        dependsOn = List.copyOf(dependsOn);
    }

    /** A task (or any level) with dates, no dependency and no link. */
    public static GanttRow of(
            String id, GanttLevel level, String label, @Nullable LocalDate start, @Nullable LocalDate end) {
        return new GanttRow(id, level, label, start, end, GanttStatus.TODO, false, false, List.of(), null);
    }

    /** The first day drawn: the start, else the end; null without dates. */
    public @Nullable LocalDate first() {
        return start != null ? start : end;
    }

    /** The last day drawn: the end (never before the start), else the start; null without dates. */
    public @Nullable LocalDate last() {
        if (end == null) {
            return start;
        }
        return start != null && end.isBefore(start) ? start : end;
    }

    /** Whether the row has a bar or a diamond. */
    public boolean dated() {
        return start != null || end != null;
    }
}
