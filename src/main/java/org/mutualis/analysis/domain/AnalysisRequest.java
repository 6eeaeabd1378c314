package org.mutualis.analysis.domain;

import java.util.List;
import java.util.Map;
import org.mutualis.shared.AnswerValue;

/**
 * Everything a synthesis needs. A collectivité is a respondent when {@code answers} has an entry
 * for its code (even with some questions unanswered or NC).
 *
 * @param answers by collectivité code, then by indicator code
 */
public record AnalysisRequest(
        List<AnalysisUnit> territory,
        Map<String, Map<String, AnswerValue>> answers,
        List<IndicatorSpec> indicators,
        List<ShareGroupSpec> shareGroups,
        List<RenewalSpec> renewals,
        StratumBands bands,
        List<Exclusion> exclusions) {}
