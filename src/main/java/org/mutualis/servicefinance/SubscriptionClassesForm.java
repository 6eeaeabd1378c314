package org.mutualis.servicefinance;

import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The whole set of a territory's size classes for a year, saved at once (so that moving the border
 * between two classes never leaves them overlapping or apart), with the {@code version} read (none
 * when no class was set for the year).
 */
public record SubscriptionClassesForm(
        @Nullable List<@Valid SubscriptionClassRow> rows,
        @Nullable Integer version) {}
