package org.mutualis.programme.domain.gantt;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a Gantt chart shows.
 *
 * @param title the chart's title, already in the reader's language
 * @param today the day of the "today" line (from the Clock bean); no line when it is outside the chart's span
 * @param rows the rows in display order: the programme's tree flattened depth first (stage, its actions, each
 *     action's phases, each phase's tasks); ids unique
 */
public record GanttChart(String title, LocalDate today, List<GanttRow> rows) {

    public GanttChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(today, "today");
        rows = List.copyOf(rows);
    }
}
