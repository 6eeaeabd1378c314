package org.mutualis.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.CARANTEC;
import static org.mutualis.StudyCodes.LOCQUIREC;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.TAULE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutualis.shared.Aggregation;
import org.mutualis.shared.AnswerValue;

/** The 2012 census against a later one made up from it. */
class YearOverYearTests {

    private static final String DESKTOPS = "desktops_excl_schools";

    private final Map<String, Map<String, AnswerValue>> before = Study2012Fixture.answers();
    private final Synthesis synthesisBefore = SynthesisEngine.synthesise(Study2012Fixture.request());

    @Test
    void identicalCampaignsShowNoChange() {
        YearOverYearResult result =
                YearOverYear.compare(synthesisBefore, synthesise(copy(before)), before, copy(before));
        assertThat(result.unchanged()).isTrue();
        assertThat(result.answers()).isEmpty();
        assertThat(result.changedIndicators()).isEmpty();
        IndicatorChange desktops = indicator(result, DESKTOPS);
        assertThat(desktops.extrapolatedBefore()).isEqualByComparingTo("386");
        assertThat(desktops.extrapolatedAfter()).isEqualByComparingTo("386");
        assertThat(desktops.extrapolatedDifference().value()).isEqualByComparingTo("0");
    }

    @Test
    void aChangedAnswerShowsInTheAnswersAndTheTotals() {
        Map<String, Map<String, AnswerValue>> after = copy(before);
        after.get(LOCQUIREC).put(DESKTOPS, AnswerValue.of(10));
        YearOverYearResult result = YearOverYear.compare(synthesisBefore, synthesise(after), before, after);

        assertThat(result.answers()).singleElement().satisfies(change -> {
            assertThat(change.collectivityCode()).isEqualTo(LOCQUIREC);
            assertThat(change.indicatorCode()).isEqualTo(DESKTOPS);
            assertThat(change.kind()).isEqualTo(AnswerChange.Kind.VALUE_CHANGED);
            assertThat(change.difference()).isEqualByComparingTo("3");
            assertThat(change.display()).isEqualTo("7 → 10");
        });
        IndicatorChange desktops = indicator(result, DESKTOPS);
        assertThat(desktops.rawDifference().value()).isEqualByComparingTo("3");
        // Locquirec stands for 3 communes of its stratum.
        assertThat(desktops.extrapolatedDifference().value()).isEqualByComparingTo("9");
        assertThat(desktops.extrapolatedDifference().formula()).isEqualTo("395 − 386");
        assertThat(desktops.extrapolatedDifference().method()).isEqualTo(Method.DIFFERENCE);
        assertThat(result.changedIndicators())
                .extracting(IndicatorChange::indicatorCode)
                .containsExactly(DESKTOPS);
    }

    @Test
    void ncAndUnansweredAreReportedApart() {
        Map<String, Map<String, AnswerValue>> earlier = copy(before);
        earlier.get(LOCQUIREC).remove("laptops_excl_schools");
        Map<String, Map<String, AnswerValue>> after = copy(before);
        after.get(BOTSORHEL).put("avg_lifespan_years", AnswerValue.of(8));
        after.get(TAULE).put("avg_lifespan_years", AnswerValue.nc());
        after.get(MORLAIX).remove("maintenance_contract");

        YearOverYearResult result = YearOverYear.compare(synthesise(earlier), synthesise(after), earlier, after);

        assertThat(result.answers())
                .extracting(AnswerChange::collectivityCode, AnswerChange::kind, AnswerChange::display)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BOTSORHEL, AnswerChange.Kind.NOW_COMMUNICATED, "NC → 8"),
                        org.assertj.core.groups.Tuple.tuple(LOCQUIREC, AnswerChange.Kind.NOW_ANSWERED, "— → 1"),
                        org.assertj.core.groups.Tuple.tuple(TAULE, AnswerChange.Kind.NO_LONGER_COMMUNICATED, "5 → NC"),
                        org.assertj.core.groups.Tuple.tuple(MORLAIX, AnswerChange.Kind.NO_LONGER_ANSWERED, "no → —"));
        assertThat(result.answers())
                .allSatisfy(change -> assertThat(change.difference()).isNull());
    }

    @Test
    void theSameNumberWrittenOtherwiseIsNoChange() {
        Map<String, Map<String, AnswerValue>> after = copy(before);
        after.get(LOCQUIREC).put(DESKTOPS, AnswerValue.of("7.00"));
        assertThat(YearOverYear.compare(synthesisBefore, synthesise(after), before, after)
                        .answers())
                .isEmpty();
    }

    @Test
    void collectivitesAnsweringOneCampaignOnlyAreListedApart() {
        Map<String, Map<String, AnswerValue>> after = copy(before);
        after.remove(TAULE);
        after.put(CARANTEC, new LinkedHashMap<>(after.get(LOCQUIREC)));
        YearOverYearResult result = YearOverYear.compare(synthesisBefore, synthesise(after), before, after);
        assertThat(result.onlyBefore()).containsExactly(TAULE);
        assertThat(result.onlyAfter()).containsExactly(CARANTEC);
        assertThat(result.answers()).isEmpty();
        assertThat(result.unchanged()).isFalse();
    }

    @Test
    void anIndicatorOfOneCampaignOnlyHasNoDifference() {
        Map<String, Map<String, AnswerValue>> after = copy(before);
        after.get(MORLAIX).put("servers", AnswerValue.of(6));
        List<IndicatorSpec> indicators = new ArrayList<>(Study2012Fixture.indicators());
        indicators.add(new IndicatorSpec("servers", "Serveurs", "serveurs", Aggregation.COUNT, null, null, null, null));
        Synthesis later = SynthesisEngine.synthesise(new AnalysisRequest(
                Study2012Fixture.territory(),
                after,
                indicators,
                Study2012Fixture.shareGroups(),
                Study2012Fixture.renewals(),
                StratumBands.study2012(),
                List.of()));

        IndicatorChange servers = indicator(YearOverYear.compare(synthesisBefore, later, before, after), "servers");
        assertThat(servers.before()).isNull();
        assertThat(servers.rawAfter()).isEqualByComparingTo(BigDecimal.valueOf(6));
        assertThat(servers.rawDifference()).isNull();
        assertThat(servers.changed()).isTrue();
    }

    private static IndicatorChange indicator(YearOverYearResult result, String code) {
        return result.indicators().stream()
                .filter(i -> i.indicatorCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static Synthesis synthesise(Map<String, Map<String, AnswerValue>> answers) {
        AnalysisRequest r = Study2012Fixture.request();
        return SynthesisEngine.synthesise(new AnalysisRequest(
                r.territory(), answers, r.indicators(), r.shareGroups(), r.renewals(), r.bands(), r.exclusions()));
    }

    private static Map<String, Map<String, AnswerValue>> copy(Map<String, Map<String, AnswerValue>> answers) {
        Map<String, Map<String, AnswerValue>> copy = new LinkedHashMap<>();
        answers.forEach((code, row) -> copy.put(code, new LinkedHashMap<>(row)));
        return copy;
    }
}
