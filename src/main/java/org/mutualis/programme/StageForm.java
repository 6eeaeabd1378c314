package org.mutualis.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A stage to add or change. */
public record StageForm(
        @NotBlank @Size(max = 300) String title,
        @Nullable @Size(max = 4000) String summary) {}
