package org.mutualis.analysis;

import java.util.List;
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
 * @param rate how many collectivités answered, beside the extrapolated figures
 * @param rates per count indicator code, and per share group as {@code group.<code>}: the
 *     collectivités its extrapolated total rests on
 * @param warnings the data-quality warnings of this view, grouped by kind and worded as problems
 */
public record SynthesisView(
        CampaignSummary campaign,
        Questionnaire questionnaire,
        Synthesis synthesis,
        boolean details,
        Map<String, String> names,
        ResponseRate rate,
        Map<String, ResponseRate> rates,
        List<WarningGroup> warnings) {

    /** The rate an extrapolated total rests on: its indicator's, else the campaign's. */
    public ResponseRate rateOf(String key) {
        return rates.getOrDefault(key, rate);
    }
}
