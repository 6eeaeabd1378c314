package org.mutualis.programme.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The planned dates of an action's tasks copied from the template: one after the other from the
 * action's start, each lasting its template duration in calendar days (a milestone lasts none:
 * it falls on the day the previous task ends).
 */
public final class TaskPlanner {

    /** A task of the template: its duration in days, 0 for a milestone. */
    public record Step(int durationDays) {
        public Step {
            if (durationDays < 0) {
                throw new IllegalArgumentException("duration " + durationDays);
            }
        }
    }

    /** Planned start and end, both inclusive. */
    public record Dates(LocalDate start, LocalDate end) {}

    private TaskPlanner() {}

    public static List<Dates> plan(List<Step> steps, LocalDate start) {
        List<Dates> planned = new ArrayList<>(steps.size());
        LocalDate cursor = start;
        LocalDate previousEnd = null;
        for (Step step : steps) {
            if (step.durationDays() == 0) {
                LocalDate on = previousEnd == null ? cursor : previousEnd;
                planned.add(new Dates(on, on));
                previousEnd = on;
                cursor = on.plusDays(1);
            } else {
                LocalDate end = cursor.plusDays(step.durationDays() - 1L);
                planned.add(new Dates(cursor, end));
                previousEnd = end;
                cursor = end.plusDays(1);
            }
        }
        return planned;
    }
}
