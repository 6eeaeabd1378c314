package org.mutualis.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.analysis.CampaignSyntheses;
import org.mutualis.analysis.domain.Figure;
import org.mutualis.analysis.domain.MeanResult;
import org.mutualis.analysis.domain.Synthesis;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.error.MutualisException;
import org.springframework.stereotype.Component;

/**
 * The census's mean costs and lifespan for a territory, as a reader may see them: the latest
 * campaign of the territory whose census date is on or before today, its synthesis's simple means
 * (those the synthesis's renewal forecasts use) through the reader's own view, so that a mean under
 * the statistical secret stays hidden (its kind is then unpriced, « secret »).
 */
@Component
class CensusCosts {

    /** Kind → cost indicator; thin clients take the desktops' (the census counts them among desktops). */
    static final Map<String, String> INDICATORS = Map.of(
            "desktop", "avg_cost_desktop_eur_ht",
            "laptop", "avg_cost_laptop_eur_ht",
            "thin_client", "avg_cost_desktop_eur_ht",
            "server", "avg_cost_server_eur_ht");

    /** The kinds the plan renews, in the order pages show them. */
    static final List<String> KINDS = List.of("desktop", "laptop", "thin_client", "server");

    /** Kinds seen in the park that the census does not price. */
    static final List<String> OTHER_KINDS = List.of("tablet", "other", "virtual");

    private final Campaigns campaigns;
    private final CampaignSyntheses syntheses;
    private final Clock clock;

    CensusCosts(Campaigns campaigns, CampaignSyntheses syntheses, Clock clock) {
        this.campaigns = campaigns;
        this.syntheses = syntheses;
        this.clock = clock;
    }

    /** The territory's latest campaign whose census date is today or before. */
    Optional<CampaignSummary> campaign(long territoryId) {
        LocalDate today = LocalDate.now(clock);
        return campaigns.all().stream()
                .filter(c -> c.territoryId() == territoryId && !c.censusDate().isAfter(today))
                .max(Comparator.comparing(CampaignSummary::censusDate).thenComparing(CampaignSummary::id));
    }

    CensusPrices prices(long territoryId, CurrentUser reader) {
        CampaignSummary campaign = campaign(territoryId).orElse(null);
        Synthesis synthesis = null;
        if (campaign != null) {
            try {
                synthesis = syntheses.view(campaign.id(), reader).synthesis();
            } catch (MutualisException e) {
                // A reader who may not read the campaign gets no figure of it.
                campaign = null;
            }
        }
        List<KindPrice> kinds = new ArrayList<>();
        for (String kind : KINDS) {
            String indicator = INDICATORS.get(kind);
            Mean mean = mean(synthesis, indicator);
            kinds.add(new KindPrice(
                    kind,
                    indicator,
                    mean.value() == null ? null : mean.value().setScale(2, RoundingMode.HALF_UP),
                    mean.figureId(),
                    mean.gap(),
                    kind.equals("thin_client")));
        }
        for (String kind : OTHER_KINDS) {
            kinds.add(new KindPrice(kind, null, null, null, PriceGap.NO_SUCH_COST, false));
        }
        Mean lifespan = mean(synthesis, CensusPrices.LIFESPAN_INDICATOR);
        return new CensusPrices(
                campaign == null
                        ? null
                        : new CensusPrices.PricingCampaign(campaign.id(), campaign.name(), campaign.censusDate()),
                kinds,
                lifespan.value(),
                lifespan.gap(),
                campaign == null ? null : campaign.bands());
    }

    private record Mean(
            @Nullable BigDecimal value,
            @Nullable String figureId,
            @Nullable PriceGap gap) {}

    private static Mean mean(@Nullable Synthesis synthesis, String indicator) {
        if (synthesis == null) {
            return new Mean(null, null, PriceGap.NO_CAMPAIGN);
        }
        MeanResult result = synthesis.mean(indicator).orElse(null);
        if (result == null) {
            return new Mean(null, null, PriceGap.NOT_ASKED);
        }
        Figure simple = result.simpleMean();
        if (simple == null || simple.value() == null) {
            boolean secret = simple != null && simple.reason() == Figure.Reason.SECRET;
            return new Mean(
                    null, simple == null ? null : simple.id(), secret ? PriceGap.SECRET : PriceGap.NOT_PROVIDED);
        }
        return new Mean(simple.value(), simple.id(), null);
    }
}
