package org.mutualis.census;

import java.util.List;
import java.util.Map;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.AnswerValue;
import org.mutualis.territory.CollectivityView;

/**
 * All a synthesis needs from a campaign.
 *
 * @param collectivities the territory, merged communes included (the analysis decides)
 * @param answers by collectivité code, then question code; one entry per given response
 */
public record CampaignData(
        CampaignSummary campaign,
        Questionnaire questionnaire,
        List<CollectivityView> collectivities,
        Map<String, Map<String, AnswerValue>> answers,
        List<ExclusionView> exclusions) {}
