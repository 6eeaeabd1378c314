package org.mutualis.savings.domain;

import java.util.List;

/**
 * An offer's savings for an item over the territory: per collectivité, per size class, and in
 * total, over a contract of {@code contractMonths} months.
 */
public record ItemSavings(
        Offer offer,
        int contractMonths,
        List<CollectivitySaving> collectivities,
        List<SizeClassSaving> sizeClasses,
        SavingAmounts territory) {

    public ItemSavings {
        collectivities = List.copyOf(collectivities);
        sizeClasses = List.copyOf(sizeClasses);
    }
}
