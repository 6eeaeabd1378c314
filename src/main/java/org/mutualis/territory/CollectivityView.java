package org.mutualis.territory;

import org.jspecify.annotations.Nullable;
import org.mutualis.shared.CollectivityKind;

/**
 * A collectivité of a territory. {@code merged} marks a commune déléguée or associée: it keeps
 * its INSEE code so that old answers still match, but it has no population and is not counted as
 * a commune in the strata; {@code mergedIntoCode} is its chef-lieu.
 */
public record CollectivityView(
        long id,
        long territoryId,
        String code,
        @Nullable String siren,
        String name,
        CollectivityKind kind,
        @Nullable Integer population,
        @Nullable Integer populationYear,
        boolean merged,
        @Nullable String mergedIntoCode) {}
