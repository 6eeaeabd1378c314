package org.mutualis.census;

import java.util.List;
import org.mutualis.territory.CollectivityView;

/**
 * What a campaign's synthesis rests on, but its answers: the campaign (its themes, strata bands,
 * status), the territory as it is now (collectivités, populations, merged communes), the
 * exclusions, and a fingerprint of the responses that moves with every answer saved and every
 * status changed. Two equal versions give the same synthesis: the analysis keys its cache on it,
 * and reads the answers ({@link Campaigns#data(CampaignDataVersion)}) only when it moved.
 *
 * @param responses the responses' fingerprint (count, ids, versions, last write)
 */
public record CampaignDataVersion(
        CampaignSummary campaign,
        List<CollectivityView> collectivities,
        List<ExclusionView> exclusions,
        String responses) {

    public CampaignDataVersion {
        collectivities = List.copyOf(collectivities);
        exclusions = List.copyOf(exclusions);
    }
}
