package org.mutualis.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The template's tasks planned one after the other: in order, each its duration, none overlapping. */
class TaskPlannerProperties {

    @Property
    void tasksFollowOneAnotherWithTheirDurationsAndNeverOverlap(
            @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 120) Integer> durations) {
        LocalDate start = LocalDate.of(2012, 1, 1);
        List<TaskPlanner.Dates> plan =
                TaskPlanner.plan(durations.stream().map(TaskPlanner.Step::new).toList(), start);

        assertThat(plan).hasSize(durations.size());
        for (int i = 0; i < plan.size(); i++) {
            TaskPlanner.Dates d = plan.get(i);
            assertThat(d.end()).isAfterOrEqualTo(d.start());
            long days = ChronoUnit.DAYS.between(d.start(), d.end()) + 1;
            assertThat(days).isEqualTo(Math.max(1, durations.get(i)));
            assertThat(d.start()).isAfterOrEqualTo(start);
            if (i > 0) {
                // finish-to-start: never before the previous one ends
                assertThat(d.start()).isAfterOrEqualTo(plan.get(i - 1).end());
            }
        }
    }

    @Property
    void theStudysTemplateTakesTheSumOfItsDurations(
            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 1, max = 60) Integer> durations) {
        LocalDate start = LocalDate.of(2013, 2, 1);
        List<TaskPlanner.Dates> plan =
                TaskPlanner.plan(durations.stream().map(TaskPlanner.Step::new).toList(), start);

        int total = durations.stream().mapToInt(Integer::intValue).sum();
        assertThat(plan.get(plan.size() - 1).end()).isEqualTo(start.plusDays(total - 1L));
    }
}
