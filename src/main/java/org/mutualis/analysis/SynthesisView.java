package org.mutualis.analysis;

import java.util.Map;
import org.mutualis.analysis.domain.Synthesis;
import org.mutualis.census.CampaignSummary;
import org.mutualis.questionnaire.Questionnaire;

/**
 * A campaign's synthesis as one reader may see it ({@link CampaignSyntheses#view}): for a reader
 * who sees only their own collectivité (a correspondent), every figure keeps its value but shows
 * only their own inputs, and who answered, the exclusions and the per-stratum figures are left out
 * ({@link org.mutualis.analysis.domain.Redaction}). Pages and the API show this, never more.
 *
 * @param details whether the figures carry their formulas and every collectivité's inputs
 * @param names collectivité code → name, the territory's public list
 */
public record SynthesisView(
        CampaignSummary campaign,
        Questionnaire questionnaire,
        Synthesis synthesis,
        boolean details,
        Map<String, String> names) {}
