package org.mutualis.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A task of the template every new action copies: its phase, title, duration in days (0: milestone). */
public record TemplateTaskForm(
        @NotNull @Min(0) @Max(2) Integer phase,
        @NotBlank @Size(max = 300) String title,
        @Nullable @Size(max = 2000) String description,
        @NotNull @Min(0) @Max(3650) Integer durationDays,
        boolean milestone) {}
