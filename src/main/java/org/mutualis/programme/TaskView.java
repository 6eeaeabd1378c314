package org.mutualis.programme;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.programme.domain.Phase;
import org.mutualis.programme.domain.TaskKind;
import org.mutualis.programme.domain.TaskState;

/**
 * A task as it stands: planned dates, the status it shows and where that comes from
 * ({@code state}) and why in words ({@code reason}, when it follows the work), the hand-set status's author, time and reason when it overrides the work,
 * and the tasks it starts after. {@code version} is what an update must send back.
 */
public record TaskView(
        long id,
        long actionId,
        Phase phase,
        int position,
        TaskKind kind,
        String title,
        @Nullable String description,
        @Nullable LocalDate plannedStart,
        @Nullable LocalDate plannedEnd,
        @Nullable String owner,
        boolean milestone,
        TaskState state,
        org.mutualis.shared.text.@Nullable Text reason,
        @Nullable String statusBy,
        @Nullable LocalDateTime statusAt,
        @Nullable String statusReason,
        List<Long> predecessors,
        long version) {

    public TaskView {
        predecessors = List.copyOf(predecessors);
    }
}
