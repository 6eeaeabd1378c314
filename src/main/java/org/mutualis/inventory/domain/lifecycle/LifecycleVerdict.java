package org.mutualis.inventory.domain.lifecycle;

import org.jspecify.annotations.Nullable;

/** A status and the row that gave it (null for {@link SupportStatus#UNKNOWN}). */
public record LifecycleVerdict(
        SupportStatus status, @Nullable LifecycleEntry entry) {}
