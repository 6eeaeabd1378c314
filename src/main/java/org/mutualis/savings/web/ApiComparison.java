package org.mutualis.savings.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.CampaignSummary;
import org.mutualis.savings.ScenarioComparisonView;
import org.mutualis.savings.ScenarioView;
import org.mutualis.savings.domain.ItemSavings;
import org.mutualis.savings.domain.Offer;
import org.mutualis.savings.domain.SavingAmounts;
import org.mutualis.savings.domain.SavingFigure;
import org.mutualis.savings.domain.ScenarioOutcome;
import org.mutualis.savings.domain.ScenarioPlan;
import org.mutualis.savings.domain.SizeClassSaving;
import org.mutualis.shared.text.Text;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The scenario comparison as the API gives it by default: each offer's savings over the territory
 * and per size class, with how many collectivités they rest on and the link that lists those
 * collectivités' own savings ({@code collectivities=all}). The per-collectivité savings of every
 * offer of every scenario made the comparison 1.3 MB for the demo's 29 communes, and it grows with
 * the territory (docs/benchmarks.md).
 */
record ApiComparison(
        long territoryId,
        @Nullable CampaignSummary campaign,
        List<CampaignSummary> campaigns,
        List<ScenarioView> scenarios,
        List<Outcome> outcomes,
        List<Text> notes,
        boolean restricted) {

    /** A scenario's expected savings, its offers summarised. */
    record Outcome(
            ScenarioPlan plan, List<Item> items, SavingFigure perYear, SavingFigure oneOff, int participantCount) {}

    /**
     * An offer's savings in a scenario.
     *
     * @param collectivityCount how many collectivités' savings the totals add up
     * @param collectivitiesHref the comparison with every collectivité's savings
     */
    record Item(
            Offer offer,
            int contractMonths,
            List<SizeClassSaving> sizeClasses,
            SavingAmounts territory,
            int collectivityCount,
            String collectivitiesHref) {}

    static ApiComparison of(ScenarioComparisonView view) {
        UriComponentsBuilder all =
                UriComponentsBuilder.fromPath("/api/scenarios/comparison").queryParam("territory", view.territoryId());
        if (view.campaign() != null) {
            all.queryParam("campaign", view.campaign().id());
        }
        String href = all.queryParam("collectivities", "all").toUriString();
        return new ApiComparison(
                view.territoryId(),
                view.campaign(),
                view.campaigns(),
                view.scenarios(),
                view.outcomes().stream().map(o -> outcome(o, href)).toList(),
                view.notes(),
                view.restricted());
    }

    private static Outcome outcome(ScenarioOutcome outcome, String href) {
        return new Outcome(
                outcome.plan(),
                outcome.items().stream().map(i -> item(i, href)).toList(),
                outcome.perYear(),
                outcome.oneOff(),
                outcome.participantCount());
    }

    private static Item item(ItemSavings item, String href) {
        return new Item(
                item.offer(),
                item.contractMonths(),
                item.sizeClasses(),
                item.territory(),
                item.collectivities().size(),
                href);
    }
}
