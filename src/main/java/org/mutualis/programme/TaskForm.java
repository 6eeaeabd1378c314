package org.mutualis.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A task to add or change: its phase (0, 1, 2), title, planned and actual dates, owner, whether it
 * is a milestone, and the tasks of the same programme it starts after (finish-to-start). A cycle
 * or a planned start before a predecessor's end is refused.
 */
public record TaskForm(
        @NotNull @Min(0) @Max(2) Integer phase,
        @NotBlank @Size(max = 300) String title,
        @Nullable @Size(max = 2000) String description,
        @Nullable LocalDate plannedStart,
        @Nullable LocalDate plannedEnd,
        @Nullable LocalDate actualStart,
        @Nullable LocalDate actualEnd,
        @Nullable @Size(max = 200) String owner,
        boolean milestone,
        @Nullable List<Long> predecessors) {

    public List<Long> predecessorIds() {
        return predecessors == null ? List.of() : predecessors;
    }
}
