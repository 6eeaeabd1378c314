package org.mutualis.servicefinance;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicefinance.domain.sharing.SubscriptionClass;

/**
 * A territory's size classes of the flat subscription for a year, by population.
 *
 * @param classes empty when none is set for the year
 * @param version the set's version, to send back when changing it; null when none is set
 * @param previousYear the latest earlier year with classes set, which the form offers to start from
 */
public record SubscriptionClassesView(
        long territoryId,
        String territoryName,
        int year,
        List<SubscriptionClass> classes,
        @Nullable Integer version,
        @Nullable LocalDateTime updatedAt,
        @Nullable Integer previousYear) {

    public SubscriptionClassesView {
        classes = List.copyOf(classes);
    }

    public boolean set() {
        return version != null;
    }
}
