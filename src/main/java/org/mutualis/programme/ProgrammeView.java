package org.mutualis.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A programme as one reader sees it, with every stage, action and task, the statuses derived
 * from the work as of {@code today}, and whether this reader may change it.
 */
public record ProgrammeView(
        ProgrammeSummary programme, List<StageView> stages, Progress progress, LocalDate today, boolean editable) {

    public ProgrammeView {
        stages = List.copyOf(stages);
    }

    public Stream<ActionView> actions() {
        return stages.stream().flatMap(s -> s.actions().stream());
    }

    public Stream<TaskView> tasks() {
        return actions().flatMap(a -> a.tasks().stream());
    }

    public Optional<ActionView> action(long actionId) {
        return actions().filter(a -> a.id() == actionId).findFirst();
    }

    public Optional<TaskView> task(long taskId) {
        return tasks().filter(t -> t.id() == taskId).findFirst();
    }

    /** Late tasks, the earliest planned end first. */
    public List<TaskView> lateTasks() {
        return tasks().filter(t -> t.state().late())
                .sorted(java.util.Comparator.comparing(
                        TaskView::plannedEnd, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }
}
