package org.mutualis.territory;

import org.jspecify.annotations.Nullable;

/** An EPCI at a reference year, as the rest of the application sees it. */
public record TerritorySummary(
        long id,
        String epciSiren,
        String name,
        @Nullable String epciType,
        int referenceYear,
        @Nullable String source) {}
