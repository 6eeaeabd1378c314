package org.mutualis.inventory.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One installed software as the agent lists it (a registry entry, a package). */
public record Software(
        String name,
        @Nullable String version,
        @Nullable String publisher,
        @Nullable LocalDate installDate) {}
