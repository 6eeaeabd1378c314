package org.mutualis.territory;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * An EPCI at a reference year, as the rest of the application sees it. Serializable: a page passes
 * it on to the next one through the session (a flash attribute), which the database stores.
 */
public record TerritorySummary(
        long id,
        String epciSiren,
        String name,
        @Nullable String epciType,
        int referenceYear,
        @Nullable String source) implements Serializable {}
