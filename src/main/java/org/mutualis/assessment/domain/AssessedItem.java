package org.mutualis.assessment.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.savings.domain.CollectivityVolume;
import org.mutualis.savings.domain.Offer;

/**
 * One item of a procurement to assess: the offer that was expected, the award once there is one,
 * the members' current prices and volumes, and the contract's duration.
 *
 * @param expected the offer the savings were expected from
 * @param award the award, or {@code null} while the item is not awarded
 * @param volumes each member collectivité's current price and volume
 * @param contractMonths the contract's duration in months
 */
public record AssessedItem(
        Offer expected, @Nullable AssessmentAward award, List<CollectivityVolume> volumes, int contractMonths) {

    public AssessedItem {
        volumes = List.copyOf(volumes);
        if (contractMonths < 0) {
            throw new IllegalArgumentException("a contract cannot last a negative number of months");
        }
    }

    /** Whether the item has been awarded. */
    public boolean awarded() {
        return award != null;
    }
}
