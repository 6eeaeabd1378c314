package org.mutualis.savings;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.CampaignSummary;
import org.mutualis.savings.domain.CollectivitySaving;
import org.mutualis.savings.domain.SavingAmounts;
import org.mutualis.savings.domain.SizeClassSaving;
import org.mutualis.savings.domain.UnitSaving;

/**
 * An offer's savings as one reader may see them.
 *
 * @param campaign the census the volumes and prices come from, null when the territory has none
 * @param stated the unit saving against the current price stated with the offer, if any
 * @param sizeClasses per size class; empty for a correspondent
 * @param territory the territory's total; null for a correspondent, who sees their own line only
 * @param restricted whether the reader sees their own collectivité only
 */
public record OfferSavings(
        OfferView offer,
        @Nullable CampaignSummary campaign,
        List<CampaignSummary> campaigns,
        @Nullable UnitSaving stated,
        int contractMonths,
        List<CollectivitySaving> collectivities,
        List<SizeClassSaving> sizeClasses,
        @Nullable SavingAmounts territory,
        List<org.mutualis.shared.text.Text> exclusions,
        List<org.mutualis.shared.text.Text> notes,
        boolean restricted) {

    public OfferSavings {
        campaigns = List.copyOf(campaigns);
        collectivities = List.copyOf(collectivities);
        sizeClasses = List.copyOf(sizeClasses);
        exclusions = List.copyOf(exclusions);
        notes = List.copyOf(notes);
    }
}
