package org.mutualis.analysis.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mutualis.shared.AnswerValue;

/**
 * Everything a synthesis needs. A collectivité is a respondent when {@code answers} has an entry
 * for its code (even with some questions unanswered or NC).
 *
 * @param answers by collectivité code, then by indicator code
 * @param inventoried by collectivité code, the indicator codes whose answer is the inventory's
 *     count (issue 15): the totals tell that part from the declared one
 */
public record AnalysisRequest(
        List<AnalysisUnit> territory,
        Map<String, Map<String, AnswerValue>> answers,
        List<IndicatorSpec> indicators,
        List<ShareGroupSpec> shareGroups,
        List<RenewalSpec> renewals,
        StratumBands bands,
        List<Exclusion> exclusions,
        Map<String, Set<String>> inventoried) {

    public AnalysisRequest {
        inventoried = Map.copyOf(inventoried);
    }

    /** A request where every answer was declared (no inventory). */
    public AnalysisRequest(
            List<AnalysisUnit> territory,
            Map<String, Map<String, AnswerValue>> answers,
            List<IndicatorSpec> indicators,
            List<ShareGroupSpec> shareGroups,
            List<RenewalSpec> renewals,
            StratumBands bands,
            List<Exclusion> exclusions) {
        this(territory, answers, indicators, shareGroups, renewals, bands, exclusions, Map.of());
    }

    /** Whether this collectivité's answer to this indicator is the inventory's count. */
    public boolean isInventoried(String collectivityCode, String indicatorCode) {
        Set<String> codes = inventoried.get(collectivityCode);
        return codes != null && codes.contains(indicatorCode);
    }
}
