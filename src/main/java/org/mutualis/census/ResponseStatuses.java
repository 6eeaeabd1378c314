package org.mutualis.census;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.persistence.ResponseStatusStore;
import org.mutualis.census.persistence.ResponseStatusStore.Filter;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.CollectivityKind;
import org.mutualis.shared.ListPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a campaign's collectivités stand, as a follow-up shows it: counts per kind, population
 * band and status computed by the database, and the collectivités without a counted response a
 * page at a time (a count and one page of rows): a few statements whatever the size
 * of the territory, where {@link Campaigns#statuses} reads every collectivité. Same readers as {@link Campaigns#statuses}: a
 * campaign another territory's correspondent may not see is not found, and a correspondent is
 * told of their own collectivités only.
 */
@Service
@Transactional(readOnly = true)
public class ResponseStatuses {

    private final Campaigns campaigns;
    private final ResponseStatusStore store;

    ResponseStatuses(Campaigns campaigns, ResponseStatusStore store) {
        this.campaigns = campaigns;
        this.store = store;
    }

    /**
     * How many active (not merged) collectivités of one kind and population band stand in one
     * status; the bands are the campaign's ({@link CampaignSummary#bands()}).
     *
     * @param band for communes, how many of the campaign's thresholds their population reaches (0
     *     without a known population); 0 for the EPCI and other bodies
     */
    public record Count(CollectivityKind kind, int band, ResponseStatus status, int count) {}

    /** The campaign's counts, with the campaign they were read for (its bands name the strata). */
    public record Counts(CampaignSummary campaign, List<Count> counts) {}

    public Counts counts(long campaignId, CurrentUser reader) {
        CampaignSummary campaign = campaigns.get(campaignId, reader);
        return new Counts(campaign, counts(campaign, reader));
    }

    /**
     * A follow-up page's reading in one transaction, the campaign read once: its counts and one page
     * of the collectivités without a counted response ({@link #counts}, {@link #notCounted}).
     */
    public record Standing(Counts counts, ListPage<ResponseView> notCounted) {}

    public Standing standing(
            long campaignId, String query, @Nullable ResponseStatus status, int page, int size, CurrentUser reader) {
        ListPage.requested(page); // below 1: refused before any statement
        CampaignSummary campaign = campaigns.get(campaignId, reader);
        return new Standing(
                new Counts(campaign, counts(campaign, reader)),
                notCounted(campaign, query, status, page, size, reader));
    }

    private List<Count> counts(CampaignSummary campaign, CurrentUser reader) {
        return store
                .counts(
                        campaign.id(),
                        campaign.territoryId(),
                        campaign.bands().thresholds(),
                        reader.seesEveryCollectivity() ? null : reader.collectivityIds())
                .stream()
                .map(c -> new Count(c.kind(), c.band(), c.status(), c.count()))
                .toList();
    }

    /**
     * One page of the collectivités without a submitted or validated response, in the territory's
     * order (merged ones too, as {@link Campaigns#statuses} lists them); the views carry no answers.
     *
     * @param query what the name must contain, case and accents ignored; blank for every name
     * @param status only this status; null for every status not counted
     * @param page the page asked for (1 for the first), within the pages that exist
     */
    public ListPage<ResponseView> notCounted(
            long campaignId, String query, @Nullable ResponseStatus status, int page, int size, CurrentUser reader) {
        ListPage.requested(page); // below 1: refused before any statement
        return notCounted(campaigns.get(campaignId, reader), query, status, page, size, reader);
    }

    private ListPage<ResponseView> notCounted(
            CampaignSummary campaign,
            String query,
            @Nullable ResponseStatus status,
            int page,
            int size,
            CurrentUser reader) {
        long campaignId = campaign.id();
        Filter filter = new Filter(query, status, reader.seesEveryCollectivity() ? null : reader.collectivityIds());
        long total = store.countNotCounted(campaignId, campaign.territoryId(), filter);
        int number = ListPage.number(page, size, total);
        List<ResponseStatusStore.Standing> read =
                store.notCounted(campaignId, campaign.territoryId(), filter, ListPage.offset(number, size), size);
        List<ResponseView> rows = read.stream()
                .map(s -> new ResponseView(
                        campaignId,
                        s.collectivity(),
                        s.version(),
                        Map.of(),
                        s.comment(),
                        s.updatedAt(),
                        s.updatedBy(),
                        s.status(),
                        s.statusComment()))
                .toList();
        return new ListPage<>(rows, number, size, total);
    }
}
