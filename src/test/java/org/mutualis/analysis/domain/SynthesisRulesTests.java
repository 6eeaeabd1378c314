package org.mutualis.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutualis.shared.Aggregation;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.CollectivityKind;

/** The rules of the synthesis one at a time, on small hand-made territories. */
class SynthesisRulesTests {

    private static final IndicatorSpec DESKTOPS = new IndicatorSpec(
            "desktops", "Postes", "postes", Aggregation.COUNT, null, null, BigDecimal.ZERO, new BigDecimal("500"));
    private static final IndicatorSpec COST =
            new IndicatorSpec("cost", "Coût", "€ HT", Aggregation.MEAN_VALUE, null, "desktops", null, null);
    private static final IndicatorSpec LIFESPAN =
            new IndicatorSpec("lifespan", "Durée de vie", "ans", Aggregation.MEAN_VALUE, null, null, null, null);
    private static final IndicatorSpec SUITE_A =
            new IndicatorSpec("suite_a", "A", "postes", Aggregation.SHARE, "office", null, null, null);
    private static final IndicatorSpec SUITE_B =
            new IndicatorSpec("suite_b", "B", "postes", Aggregation.SHARE, "office", null, null, null);

    private final Map<String, Map<String, AnswerValue>> answers = new LinkedHashMap<>();
    private List<Exclusion> exclusions = List.of();

    @Test
    void strataArePopulationBandsThenEpciThenOtherBodies() {
        List<AnalysisUnit> units = List.of(
                unit("other", CollectivityKind.OTHER, null),
                unit("big", CollectivityKind.COMMUNE, 12_000),
                unit("epci", CollectivityKind.EPCI, null),
                unit("unknown", CollectivityKind.COMMUNE, null),
                unit("edge", CollectivityKind.COMMUNE, 1000));
        answer("big", "desktops", "1");

        Synthesis s = synthesise(units);

        assertThat(s.strata()).extracting(Stratum::code).containsExactly("band-0", "band-1", "epci", "other");
        assertThat(s.strata())
                .extracting(Stratum::label)
                .containsExactly("< 1 000 hab.", "≥ 1 000 hab.", "Administration de l'EPCI", "Autres organismes");
        assertThat(s.strata().get(0).memberCodes()).containsExactly("unknown");
        assertThat(s.strata().get(1).memberCodes()).containsExactly("big", "edge");
        assertThat(s.strata().get(1).population()).isEqualTo(13_000);
    }

    @Test
    void aWeightThatDoesNotTerminateKeepsTheTotalExact() {
        List<AnalysisUnit> units = communes(7);
        answer("c0", "desktops", "10");
        answer("c1", "desktops", "5");
        answer("c2", "desktops", "15");

        Synthesis s = synthesise(units);

        assertThat(s.strata().get(0).weight()).isEqualByComparingTo("2.3333333333");
        assertThat(s.strata().get(0).weightFigure().formula()).isEqualTo("7 ÷ 3");
        Figure extrapolated = s.count("desktops").orElseThrow().extrapolated();
        assertThat(extrapolated.value()).isEqualByComparingTo("70");
        assertThat(extrapolated.formula()).isEqualTo("(7÷3)×30");
    }

    @Test
    void exclusionsCountOnceAndOnlyWhenTheyMatchAnAnswer() {
        List<AnalysisUnit> units = communes(2);
        answer("c0", "desktops", "10");
        answer("c1", "desktops", "20");
        Exclusion first = new Exclusion("c0", "desktops", "doublon");
        exclusions = List.of(
                first,
                new Exclusion("c0", "desktops", "again"),
                new Exclusion("c9", "desktops", "?"),
                new Exclusion("c1", "cost", "no answer to exclude"));

        Synthesis s = synthesise(units);

        assertThat(s.exclusions()).containsExactly(first);
        CountResult desktops = s.count("desktops").orElseThrow();
        assertThat(desktops.raw().value()).isEqualByComparingTo("20");
        assertThat(desktops.excluded()).containsExactly("c0");
        assertThat(desktops.raw().notes())
                .contains(new FigureNote(FigureNote.Kind.EXCLUDED, "c0", "desktops", "doublon"));
    }

    @Test
    void textWhereANumberIsExpectedIsLeftOutAsUnanswered() {
        List<AnalysisUnit> units = communes(2);
        answers.put("c0", new LinkedHashMap<>(Map.of("desktops", new AnswerValue.Text("une dizaine"))));
        answer("c1", "desktops", "4");

        CountResult desktops = synthesise(units).count("desktops").orElseThrow();

        assertThat(desktops.raw().value()).isEqualByComparingTo("4");
        assertThat(desktops.unanswered()).containsExactly("c0");
        assertThat(desktops.raw().notes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(FigureNote.Kind.UNANSWERED);
            assertThat(n.detail()).contains("une dizaine");
        });
    }

    @Test
    void theWeightedMeanSaysWhichCollectivitesCouldNotWeigh() {
        List<AnalysisUnit> units = communes(4);
        answer("c0", "cost", "100");
        answer("c0", "desktops", "3");
        answer("c1", "cost", "200");
        answer("c1", "desktops", "1");
        answer("c2", "cost", "1000");
        answers.get("c2").put("desktops", AnswerValue.nc());
        answer("c3", "cost", "5000");
        answer("c3", "desktops", "0");

        MeanResult cost = synthesise(units).mean("cost").orElseThrow();

        assertThat(cost.simpleMean().value()).isEqualByComparingTo("1575");
        assertThat(cost.simpleMean().formula()).isEqualTo("(100 + 200 + 1000 + 5000) ÷ 4");
        assertThat(cost.weightedMean().value()).isEqualByComparingTo("125");
        assertThat(cost.weightedMean().formula()).isEqualTo("(3×100 + 1×200) ÷ (3 + 1)");
        assertThat(cost.weightedMean().notes())
                .extracting(FigureNote::collectivityCode, FigureNote::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("c2", FigureNote.Kind.NOT_COMMUNICATED),
                        org.assertj.core.groups.Tuple.tuple("c3", FigureNote.Kind.EXCLUDED));
        assertThat(cost.min().terms()).extracting(FigureTerm::collectivityCode).containsExactly("c0");
        assertThat(cost.max().terms()).extracting(FigureTerm::collectivityCode).containsExactly("c3");
    }

    @Test
    void implausibleValuesAndOverfullShareGroupsAreWarnedAbout() {
        List<AnalysisUnit> units = communes(2);
        answer("c0", "desktops", "600");
        answer("c0", "suite_a", "700");
        answer("c0", "suite_b", "700");
        answer("c1", "desktops", "10");
        answer("c1", "suite_a", "10");
        answer("c1", "suite_b", "10");

        Synthesis s = synthesise(units);

        assertThat(s.warnings())
                .containsExactly(
                        new DataWarning(
                                DataWarning.Kind.SHARE_GROUP_MISMATCH, "c0", "office", List.of("1400", "600", "2")),
                        new DataWarning(DataWarning.Kind.OUT_OF_RANGE, "c0", "desktops", List.of("600", "0", "500")));
    }

    @Test
    void aMissingOrZeroLifespanTakesTheStratumDefault() {
        List<AnalysisUnit> units =
                List.of(unit("small", CollectivityKind.COMMUNE, 300), unit("epci", CollectivityKind.EPCI, null));
        answer("small", "desktops", "16");
        answer("small", "lifespan", "0");
        answer("epci", "desktops", "30");

        Figure units1 = synthesise(units).renewal("r").orElseThrow().unitsPerYear();

        assertThat(units1.value()).isEqualByComparingTo("8"); // 16 ÷ 8 + 30 ÷ 5
        assertThat(units1.formula()).isEqualTo("16÷8 + 30÷5");
        assertThat(units1.terms())
                .extracting(FigureTerm::divisor)
                .containsExactly(BigDecimal.valueOf(8), BigDecimal.valueOf(5));
        assertThat(units1.notes())
                .extracting(FigureNote::collectivityCode, FigureNote::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("small", "8"),
                        org.assertj.core.groups.Tuple.tuple("epci", "5"));
    }

    @Test
    void aCollectiviteListedTwiceIsRefused() {
        List<AnalysisUnit> units =
                List.of(unit("c0", CollectivityKind.COMMUNE, 1), unit("c0", CollectivityKind.COMMUNE, 2));
        assertThatThrownBy(() -> synthesise(units))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("c0");
    }

    private Synthesis synthesise(List<AnalysisUnit> units) {
        return SynthesisEngine.synthesise(new AnalysisRequest(
                units,
                answers,
                List.of(DESKTOPS, COST, LIFESPAN, SUITE_A, SUITE_B),
                List.of(new ShareGroupSpec("office", "Suites", List.of("desktops"), 2)),
                List.of(new RenewalSpec("r", "Renouvellement", "desktops", "lifespan", null)),
                new StratumBands(
                        List.of(1000), List.of(BigDecimal.valueOf(8), BigDecimal.valueOf(5)), BigDecimal.valueOf(5)),
                exclusions));
    }

    private void answer(String code, String indicator, String value) {
        answers.computeIfAbsent(code, c -> new LinkedHashMap<>()).put(indicator, AnswerValue.of(value));
    }

    private static List<AnalysisUnit> communes(int n) {
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> unit("c" + i, CollectivityKind.COMMUNE, 100 + i))
                .toList();
    }

    private static AnalysisUnit unit(String code, CollectivityKind kind, Integer population) {
        return new AnalysisUnit(code, code, kind, population);
    }
}
