package org.mutualis.inventory;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A lifecycle row to add or change: product key and cycle (the product is required; the cycle may be
 * empty for a product without versions), edition group (empty: every edition), end of support (empty:
 * no fixed date), end of paid extended updates, source (an http or https address), the day it was
 * checked (required), a note, and the {@code version} read when changing it.
 */
public record LifecycleForm(
        @Size(max = 100) @Nullable String product,
        @Size(max = 50) @Nullable String cycle,
        @Size(max = 50) @Nullable String edition,
        @Nullable LocalDate endOfSupport,
        @Nullable LocalDate extendedEnd,
        @Size(max = 1000) @Nullable String sourceUrl,
        @Nullable LocalDate checkedOn,
        @Size(max = 1000) @Nullable String note,
        @Nullable Long version) {}
