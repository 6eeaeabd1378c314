package org.mutualis.census;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.AnswerValue;
import org.mutualis.territory.CollectivityView;

/**
 * All a synthesis needs from a campaign.
 *
 * @param collectivities the territory, merged communes included (the analysis decides)
 * @param answers by collectivité code, then question code; one entry per given response
 * @param inventoried by collectivité code, the question codes whose given answer is still the
 *     inventory's count (taken from the inventory and confirmed, not corrected)
 */
public record CampaignData(
        CampaignSummary campaign,
        Questionnaire questionnaire,
        List<CollectivityView> collectivities,
        Map<String, Map<String, AnswerValue>> answers,
        List<ExclusionView> exclusions,
        Map<String, Set<String>> inventoried) {

    /** A campaign without any answer taken from the inventory. */
    public CampaignData(
            CampaignSummary campaign,
            Questionnaire questionnaire,
            List<CollectivityView> collectivities,
            Map<String, Map<String, AnswerValue>> answers,
            List<ExclusionView> exclusions) {
        this(campaign, questionnaire, collectivities, answers, exclusions, Map.of());
    }
}
