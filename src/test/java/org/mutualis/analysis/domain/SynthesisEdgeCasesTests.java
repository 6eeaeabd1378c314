package org.mutualis.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.MORLAIX;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutualis.shared.AnswerValue;

/** Territories with nothing to count: the synthesis must still come back, empty and explained. */
class SynthesisEdgeCasesTests {

    @Test
    void anEmptyTerritoryGivesZeroTotalsAndNoStrata() {
        AnalysisRequest request = new AnalysisRequest(
                List.of(),
                Map.of(),
                Study2012Fixture.indicators(),
                Study2012Fixture.shareGroups(),
                Study2012Fixture.renewals(),
                StratumBands.study2012(),
                List.of());

        Synthesis s = SynthesisEngine.synthesise(request);

        assertThat(s.strata()).isEmpty();
        assertThat(s.warnings()).isEmpty();
        CountResult desktops = s.count("desktops_excl_schools").orElseThrow();
        assertThat(desktops.raw().value()).isZero();
        assertThat(desktops.extrapolated().value()).isZero();
        assertThat(desktops.extrapolated().formula()).isEqualTo("0");
        assertThat(desktops.respondents()).isZero();
        assertThat(s.shareGroup("os").orElseThrow().rows())
                .allSatisfy(row -> assertThat(row.extrapolatedPercent()).isEqualByComparingTo("0"));
        assertThat(s.means()).allSatisfy(m -> {
            assertThat(m.simpleMean()).isNull();
            assertThat(m.weightedMean()).isNull();
            assertThat(m.min()).isNull();
            assertThat(m.max()).isNull();
        });
        RenewalResult renewal = s.renewal("desktops").orElseThrow();
        assertThat(renewal.unitsPerYear().value()).isZero();
        assertThat(renewal.eurosPerYear()).isNull();
    }

    @Test
    void withoutAnyAnswerEveryStratumIsWarnedAbout() {
        AnalysisRequest study = Study2012Fixture.request();
        AnalysisRequest request = new AnalysisRequest(
                study.territory(),
                Map.of(),
                study.indicators(),
                study.shareGroups(),
                study.renewals(),
                study.bands(),
                study.exclusions());

        Synthesis s = SynthesisEngine.synthesise(request);

        assertThat(s.strata()).extracting(Stratum::members).containsExactly(12, 15, 1, 1);
        assertThat(s.strata()).allSatisfy(st -> {
            assertThat(st.weight()).isNull();
            assertThat(st.weightFigure().formula()).endsWith("÷ 0");
            assertThat(st.weightFigure().notes())
                    .extracting(FigureNote::kind)
                    .containsExactly(FigureNote.Kind.STRATUM_WITHOUT_RESPONDENT);
        });
        assertThat(s.warnings()).extracting(DataWarning::subject).containsExactly("band-0", "band-1", "band-2", "epci");
        assertThat(s.warnings().get(0).args()).containsExactly("< 1 000 hab.", "12");
        Figure extrapolated = s.count("desktops_excl_schools").orElseThrow().extrapolated();
        assertThat(extrapolated.value()).isZero();
        assertThat(extrapolated.notes()).hasSize(4);
        assertThat(s.exclusions()).as("nothing left to exclude").isEmpty();
    }

    @Test
    void answersAllNcAreListedAndLeaveTotalsAtZero() {
        Map<String, Map<String, AnswerValue>> allNc = new LinkedHashMap<>();
        for (String code : Study2012Fixture.answers().keySet()) {
            Map<String, AnswerValue> row = new LinkedHashMap<>();
            Study2012Fixture.COLUMNS.forEach(column -> row.put(column, AnswerValue.nc()));
            allNc.put(code, row);
        }
        AnalysisRequest study = Study2012Fixture.request();
        AnalysisRequest request = new AnalysisRequest(
                study.territory(),
                allNc,
                study.indicators(),
                study.shareGroups(),
                study.renewals(),
                study.bands(),
                study.exclusions());

        Synthesis s = SynthesisEngine.synthesise(request);

        assertThat(s.strata()).extracting(Stratum::respondents).containsExactly(1, 5, 1, 1);
        assertThat(s.warnings()).as("nothing numeric to check").isEmpty();
        CountResult desktops = s.count("desktops_excl_schools").orElseThrow();
        assertThat(desktops.extrapolated().value()).isZero();
        assertThat(desktops.notCommunicated()).hasSize(8).containsAll(allNc.keySet());
        assertThat(desktops.extrapolated().notes())
                .hasSize(8)
                .allSatisfy(n -> assertThat(n.kind()).isEqualTo(FigureNote.Kind.NOT_COMMUNICATED));
        CountResult openoffice = s.count("openoffice").orElseThrow();
        assertThat(openoffice.excluded()).containsExactly(MORLAIX);
        assertThat(openoffice.notCommunicated()).hasSize(7);
        MeanResult cost = s.mean("avg_cost_desktop_eur_ht").orElseThrow();
        assertThat(cost.simpleMean()).isNull();
        assertThat(cost.notCommunicated()).hasSize(8);
        assertThat(s.renewal("desktops").orElseThrow().unitsPerYear().value()).isZero();
        assertThat(s.renewal("desktops").orElseThrow().eurosPerYear()).isNull();
    }
}
