package org.mutualis.territory;

import org.jspecify.annotations.Nullable;
import org.mutualis.shared.CollectivityKind;

/**
 * A collectivité to create with its territory. {@code code} is the INSEE code of a commune or
 * the SIREN of the EPCI or another body; a non-null {@code mergedIntoCode} makes it a merged
 * commune (commune déléguée or associée) of that chef-lieu.
 */
public record NewCollectivity(
        String code,
        @Nullable String siren,
        String name,
        CollectivityKind kind,
        @Nullable Integer population,
        @Nullable Integer populationYear,
        @Nullable String mergedIntoCode) {

    /** An active member with its population. */
    public static NewCollectivity of(
            String code, String name, CollectivityKind kind, @Nullable Integer population, @Nullable Integer year) {
        return new NewCollectivity(code, null, name, kind, population, population == null ? null : year, null);
    }
}
