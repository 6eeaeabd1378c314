package org.mutualis.savings;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.CampaignSummary;
import org.mutualis.savings.domain.ScenarioOutcome;

/**
 * The scenarios side by side.
 *
 * @param campaign the census asked for, or null when each offer takes its latest census
 * @param restricted a correspondent sees what their own collectivité would save
 */
public record ScenarioComparisonView(
        long territoryId,
        @Nullable CampaignSummary campaign,
        List<CampaignSummary> campaigns,
        List<ScenarioView> scenarios,
        List<ScenarioOutcome> outcomes,
        List<org.mutualis.shared.text.Text> notes,
        boolean restricted) {

    public ScenarioComparisonView {
        campaigns = List.copyOf(campaigns);
        scenarios = List.copyOf(scenarios);
        outcomes = List.copyOf(outcomes);
        notes = List.copyOf(notes);
    }
}
