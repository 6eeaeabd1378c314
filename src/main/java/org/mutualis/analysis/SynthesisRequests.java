package org.mutualis.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mutualis.analysis.domain.AnalysisRequest;
import org.mutualis.analysis.domain.AnalysisUnit;
import org.mutualis.analysis.domain.Exclusion;
import org.mutualis.analysis.domain.IndicatorSpec;
import org.mutualis.analysis.domain.RenewalSpec;
import org.mutualis.analysis.domain.ShareGroupSpec;
import org.mutualis.analysis.domain.StratumBands;
import org.mutualis.census.BandSettings;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.AnswerValue;

/**
 * Turns a questionnaire's catalogue and a territory's answers into the analysis core's request.
 * Plain Java, shared by the web, the API and the command line so they compute the same figures.
 */
public final class SynthesisRequests {

    private SynthesisRequests() {}

    public static AnalysisRequest of(
            Questionnaire questionnaire,
            List<AnalysisUnit> territory,
            Map<String, Map<String, AnswerValue>> answers,
            BandSettings bands,
            List<Exclusion> exclusions) {
        return of(questionnaire, territory, answers, bands, exclusions, false);
    }

    /** @param english label the figures in English (the catalogue has both languages) */
    public static AnalysisRequest of(
            Questionnaire questionnaire,
            List<AnalysisUnit> territory,
            Map<String, Map<String, AnswerValue>> answers,
            BandSettings bands,
            List<Exclusion> exclusions,
            boolean english) {
        return of(questionnaire, territory, answers, bands, exclusions, Map.of(), english);
    }

    /**
     * @param inventoried by collectivité code, the indicator codes whose answer is the inventory's
     *     count
     */
    public static AnalysisRequest of(
            Questionnaire questionnaire,
            List<AnalysisUnit> territory,
            Map<String, Map<String, AnswerValue>> answers,
            BandSettings bands,
            List<Exclusion> exclusions,
            Map<String, Set<String>> inventoried,
            boolean english) {
        return new AnalysisRequest(
                territory,
                answers,
                indicators(questionnaire, english),
                shareGroups(questionnaire, english),
                renewals(questionnaire, english),
                bands(bands),
                exclusions,
                inventoried);
    }

    public static StratumBands bands(BandSettings bands) {
        return new StratumBands(bands.thresholds(), bands.defaultLifespans(), bands.otherDefaultLifespan());
    }

    static List<IndicatorSpec> indicators(Questionnaire questionnaire, boolean english) {
        return questionnaire.indicators().stream()
                .map(i -> new IndicatorSpec(
                        i.code(),
                        english ? i.labelEn() : i.labelFr(),
                        i.unit(),
                        i.aggregation(),
                        i.shareGroup(),
                        i.weightIndicator(),
                        i.plausibleMin(),
                        i.plausibleMax(),
                        i.choices()))
                .toList();
    }

    static List<ShareGroupSpec> shareGroups(Questionnaire questionnaire, boolean english) {
        return questionnaire.shareGroups().stream()
                .map(g -> new ShareGroupSpec(
                        g.code(), english ? g.labelEn() : g.labelFr(), g.deviceIndicators(), g.maxPerDevice()))
                .toList();
    }

    static List<RenewalSpec> renewals(Questionnaire questionnaire, boolean english) {
        return questionnaire.renewals().stream()
                .map(r -> new RenewalSpec(
                        r.code(),
                        english ? r.labelEn() : r.labelFr(),
                        r.countIndicator(),
                        r.lifespanIndicator(),
                        r.costIndicator()))
                .toList();
    }
}
