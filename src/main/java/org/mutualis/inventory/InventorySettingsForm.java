package org.mutualis.inventory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The stale and exclusion delays, in days, and the version they were read at. */
public record InventorySettingsForm(
        @Nullable @NotNull @Min(1) @Max(3650) Integer staleDays,
        @Nullable @NotNull @Min(1) @Max(3650) Integer excludedDays,
        @Nullable Integer version) {}
