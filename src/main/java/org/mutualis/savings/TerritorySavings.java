package org.mutualis.savings;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.CurrentUser;
import org.mutualis.savings.domain.ItemSavings;
import org.mutualis.savings.domain.SavingsEngine;
import org.mutualis.savings.domain.UnitSaving;
import org.mutualis.savings.domain.VatRates;
import org.mutualis.savings.domain.VolumeSource;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.Territories;
import org.springframework.stereotype.Service;

/**
 * An offer's savings against the census: per unit, per collectivité, per size class and for the
 * territory, per month, year and over the contract. A correspondent sees their own collectivité.
 */
@Service
public class TerritorySavings {

    private final Offers offers;
    private final Campaigns campaigns;
    private final CensusVolumes volumes;
    private final Territories territories;
    private final SizeClassSettings sizeClasses;
    /** Why a correspondent who did not give the volume sees no line of their own. */
    static final Text OWN_EXTRAPOLATED = Text.of("savings.note.ownExtrapolated");

    private final SavingsEngine engine = SavingsEngine.study();

    TerritorySavings(
            Offers offers,
            Campaigns campaigns,
            CensusVolumes volumes,
            Territories territories,
            SizeClassSettings sizeClasses) {
        this.sizeClasses = sizeClasses;
        this.offers = offers;
        this.campaigns = campaigns;
        this.volumes = volumes;
        this.territories = territories;
    }

    public SavingsEngine engine() {
        return engine;
    }

    /**
     * @param campaignId the census to take volumes from; null for the territory's latest census
     *     that asks the item's volume
     */
    public OfferSavings of(long offerId, @Nullable Long campaignId, CurrentUser user) {
        OfferView offer = offers.get(offerId, user);
        List<CampaignSummary> choices = campaignsOf(offer.territoryId());
        CensusVolumes.Batch batch = volumes.batch();
        CampaignSummary campaign = choose(choices, campaignId, offer, batch);
        UnitSaving stated = offer.currentPrice() == null ? null : engine.compare(offer.currentPrice(), offer.toCore());
        if (campaign == null) {
            return new OfferSavings(
                    offer,
                    null,
                    choices,
                    stated,
                    offer.contractMonths(),
                    List.of(),
                    List.of(),
                    null,
                    List.of(Text.of("savings.note.noCensus")),
                    List.of(),
                    user.isCorrespondent());
        }
        VolumeSet set = batch.of(campaign.id(), offer);
        ItemSavings savings = new SavingsEngine(VatRates.frenchStandard(), sizeClasses.of(offer.territoryId()))
                .savings(offer.toCore(), set.volumes(), offer.contractMonths());
        List<Text> notes = new java.util.ArrayList<>(set.notes());
        if (offer.validUntil() == null) {
            notes.add(Text.of("savings.note.noEnd", String.valueOf(OfferView.DEFAULT_CONTRACT_MONTHS)));
        }
        if (user.isCorrespondent()) {
            String own = territories
                    .collectivity(user.collectivityId())
                    .map(c -> c.code())
                    .orElse("");
            return new OfferSavings(
                    offer,
                    campaign,
                    choices,
                    stated,
                    savings.contractMonths(),
                    // An extrapolated line is the stratum's other answers: not shown to a correspondent.
                    savings.collectivities().stream()
                            .filter(c -> c.collectivityCode().equals(own))
                            .filter(c -> c.volumeSource() == VolumeSource.DECLARED)
                            .toList(),
                    List.of(),
                    null,
                    List.of(),
                    savings.collectivities().stream()
                                    .anyMatch(c -> c.collectivityCode().equals(own)
                                            && c.volumeSource() == VolumeSource.EXTRAPOLATED)
                            ? List.of(OWN_EXTRAPOLATED)
                            : List.of(),
                    true);
        }
        return new OfferSavings(
                offer,
                campaign,
                choices,
                stated,
                savings.contractMonths(),
                savings.collectivities(),
                savings.sizeClasses(),
                savings.territory(),
                set.exclusions(),
                notes,
                false);
    }

    /** The territory's campaigns, latest census first. */
    public List<CampaignSummary> campaignsOf(long territoryId) {
        return campaigns.all().stream()
                .filter(c -> c.territoryId() == territoryId)
                .sorted(Comparator.comparing(CampaignSummary::censusDate).reversed())
                .toList();
    }

    /**
     * The campaign asked for; otherwise, among the censuses that ask the item's volume, the latest
     * one taken no later than the offer (a 2012 offer against the 2012 census), or else the latest.
     */
    @Nullable
    public CampaignSummary choose(
            List<CampaignSummary> choices, @Nullable Long campaignId, OfferView offer, CensusVolumes.Batch batch) {
        if (campaignId != null) {
            return choices.stream()
                    .filter(c -> c.id() == campaignId)
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("savings.campaign.notfound", String.valueOf(campaignId)));
        }
        String volume = offer.item().volumeIndicator();
        if (volume == null) {
            return null;
        }
        List<CampaignSummary> asking =
                choices.stream().filter(c -> batch.asks(c.id(), volume)).toList();
        return asking.stream()
                .filter(c -> !c.censusDate().isAfter(offer.validFrom()))
                .findFirst()
                .orElse(asking.isEmpty() ? null : asking.get(0));
    }
}
