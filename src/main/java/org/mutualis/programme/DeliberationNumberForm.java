package org.mutualis.programme;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The number of a collectivité's deliberation joining a group procurement; blank removes it. */
public record DeliberationNumberForm(
        @NotNull @Nullable Long procurementId,
        @NotNull @Nullable Long collectivityId,
        @Size(max = 40) @Nullable String number) {}
