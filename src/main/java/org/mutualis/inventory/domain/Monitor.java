package org.mutualis.inventory.domain;

import org.jspecify.annotations.Nullable;

/** A screen attached to the computer (from its EDID): the same screen is known by manufacturer and serial. */
public record Monitor(
        @Nullable String manufacturer,
        @Nullable String caption,
        @Nullable String serial) {}
