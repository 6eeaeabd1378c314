package org.mutualis.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A governance body to create or change: its kind, its name and, for a comité de pilotage, its theme. */
public record BodyForm(
        @NotNull @Nullable BodyKind kind,
        @NotBlank @Size(max = 200) @Nullable String name,
        @Size(max = 40) @Nullable String theme) {}
