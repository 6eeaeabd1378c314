package org.mutualis.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A programme to create or change. {@code fromStudy}, on creation, fills it with the study's four
 * stages, their actions and each action's tasks of phases 0, 1 and 2 (the territory is ignored on
 * a change: a programme stays on its territory).
 */
public record ProgrammeForm(
        @NotNull Long territoryId,
        @NotBlank @Size(max = 200) String name,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @Nullable @Size(max = 4000) String description,
        boolean fromStudy) {}
