package org.mutualis.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.EPCI_SIREN;
import static org.mutualis.StudyCodes.GUERLESQUIN;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.PLOUGONVEN;
import static org.mutualis.StudyCodes.PLOUIGNEAU;
import static org.mutualis.StudyCodes.SAINT_THEGONNEC;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 2012 priorities (objectifs-progiciels-2012.csv) and the rules of the aggregation. */
class PrioritiesTests {

    static final String COSTS = "Réduction des coûts";
    static final String SOFTWARE_REORGANISATION = "Réorganisation de ressources logicielles";
    static final String INTERNAL_USES = "Développer les usages en interne";
    static final String CITIZEN_SERVICES = "Développer les usages pour apporter des services à la population";
    static final String RENEW_SOFTWARE = "Renouveler les progiciels et site Internet";
    static final String SPECIFICATIONS = "Assistance à la rédaction d'un cahier des charges";
    static final String ASSISTANCE = "Assistance technique et fonctionnelle";
    static final List<String> OBJECTIVES = List.of(
            COSTS,
            SOFTWARE_REORGANISATION,
            INTERNAL_USES,
            CITIZEN_SERVICES,
            RENEW_SOFTWARE,
            SPECIFICATIONS,
            ASSISTANCE);

    /** The csv's columns, ranks in the order of {@link #OBJECTIVES}; empty columns did not rank. */
    static Map<String, Map<String, Integer>> ranks2012() {
        Map<String, Map<String, Integer>> ranks = new LinkedHashMap<>();
        ranks.put(PLOUGONVEN, column(1, 7, 4, 2, 5, 6, 4));
        ranks.put(SAINT_THEGONNEC, column(1, 2, 3, 6, 7, 5, 4));
        ranks.put(GUERLESQUIN, Map.of());
        ranks.put(PLOUIGNEAU, column(1, 7, 6, 5, 2, 4, 3));
        ranks.put(MORLAIX, column(1, 4, 5, 2, 6, 7, 3));
        ranks.put(EPCI_SIREN, Map.of());
        return ranks;
    }

    private static Map<String, Integer> column(int... ranks) {
        Map<String, Integer> column = new LinkedHashMap<>();
        for (int i = 0; i < ranks.length; i++) {
            column.put(OBJECTIVES.get(i), ranks[i]);
        }
        return column;
    }

    private final PriorityResult result =
            Priorities.rank(OBJECTIVES, ranks2012(), Map.of(PLOUGONVEN, "Plougonven", GUERLESQUIN, "Guerlesquin"));

    @Test
    void the2012MeanRanksAreThoseOfTheIssue() {
        assertThat(result.byMeanRank())
                .containsExactly(
                        COSTS,
                        ASSISTANCE,
                        CITIZEN_SERVICES,
                        INTERNAL_USES,
                        SOFTWARE_REORGANISATION,
                        RENEW_SOFTWARE,
                        SPECIFICATIONS);
        assertThat(result.byMeanRank().stream()
                        .map(o -> result.objective(o).orElseThrow().meanRank())
                        .map(BigDecimal::toPlainString))
                .containsExactly("1.00", "3.50", "3.75", "4.50", "5.00", "5.00", "5.50");
        assertThat(result.objectives()).allSatisfy(o -> assertThat(o.rankers()).isEqualTo(4));
        assertThat(result.objectives())
                .extracting(ObjectivePriority::meanRankPosition)
                .containsExactly(1, 5, 4, 3, 5, 7, 2);
    }

    @Test
    void guerlesquinAndTheEpciRankedNothingAndCountNowhere() {
        assertThat(result.rankers()).containsExactly(PLOUGONVEN, SAINT_THEGONNEC, PLOUIGNEAU, MORLAIX);
        assertThat(result.nonRankers()).containsExactly(GUERLESQUIN, EPCI_SIREN);
        Figure costs = result.objective(COSTS).orElseThrow().meanRankFigure();
        assertThat(costs.notes())
                .extracting(FigureNote::kind, FigureNote::collectivityCode, FigureNote::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FigureNote.Kind.UNANSWERED, GUERLESQUIN, "Guerlesquin"),
                        org.assertj.core.groups.Tuple.tuple(FigureNote.Kind.UNANSWERED, EPCI_SIREN, EPCI_SIREN));
    }

    @Test
    void eachFigureSaysHowItIsComputed() {
        ObjectivePriority costs = result.objective(COSTS).orElseThrow();
        assertThat(costs.meanRankFigure().method()).isEqualTo(Method.MEAN_RANK);
        assertThat(costs.meanRankFigure().formula()).isEqualTo("(1 + 1 + 1 + 1) ÷ 4");
        assertThat(costs.meanRankFigure().terms())
                .extracting(FigureTerm::collectivityCode)
                .containsExactly(PLOUGONVEN, SAINT_THEGONNEC, PLOUIGNEAU, MORLAIX);
        assertThat(costs.meanRankFigure().terms().get(0).collectivityName()).isEqualTo("Plougonven");
        assertThat(costs.borda().method()).isEqualTo(Method.BORDA_COUNT);
        assertThat(costs.borda().formula()).isEqualTo("(7 − 1) + (7 − 1) + (7 − 1) + (7 − 1)");
        assertThat(result.objective(CITIZEN_SERVICES)
                        .orElseThrow()
                        .meanRankFigure()
                        .formula())
                .isEqualTo("(2 + 6 + 5 + 2) ÷ 4");
    }

    @Test
    void bordaGivesTheSameTopThreeAndTiesTheTwoFives() {
        assertThat(result.byBorda())
                .containsExactly(
                        COSTS,
                        ASSISTANCE,
                        CITIZEN_SERVICES,
                        INTERNAL_USES,
                        SOFTWARE_REORGANISATION,
                        RENEW_SOFTWARE,
                        SPECIFICATIONS);
        assertThat(result.objectives().stream().map(o -> o.bordaPoints().intValueExact()))
                .containsExactly(24, 8, 10, 13, 8, 6, 14);
        assertThat(result.objectives())
                .extracting(ObjectivePriority::bordaPosition)
                .containsExactly(1, 5, 4, 3, 5, 7, 2);
    }

    @Test
    void theTieAndTheNearTieAreFlagged() {
        assertThat(result.ties())
                .contains(
                        new PriorityTie(
                                ASSISTANCE,
                                CITIZEN_SERVICES,
                                Method.MEAN_RANK,
                                PriorityTie.Kind.NEAR_TIE,
                                new BigDecimal("0.25")),
                        new PriorityTie(
                                SOFTWARE_REORGANISATION,
                                RENEW_SOFTWARE,
                                Method.MEAN_RANK,
                                PriorityTie.Kind.TIE,
                                BigDecimal.ZERO),
                        new PriorityTie(
                                SOFTWARE_REORGANISATION,
                                RENEW_SOFTWARE,
                                Method.BORDA_COUNT,
                                PriorityTie.Kind.TIE,
                                BigDecimal.ZERO));
        // 0.75 apart: a real gap, not flagged.
        assertThat(result.ties())
                .noneMatch(t -> t.first().equals(CITIZEN_SERVICES) && t.second().equals(INTERNAL_USES));
        assertThat(result.ties()).noneMatch(t -> t.first().equals(COSTS));
    }

    @Test
    void plougonvenRankedTwoObjectivesFourthAndThatIsShown() {
        assertThat(result.sharedRanks())
                .containsExactly(new SharedRank(PLOUGONVEN, 4, List.of(INTERNAL_USES, ASSISTANCE)));
    }

    @Test
    void theExactMeanIsKeptNextToTheRoundedOne() {
        Map<String, Map<String, Integer>> ranks = new LinkedHashMap<>();
        ranks.put("a", Map.of("x", 1, "y", 2));
        ranks.put("b", Map.of("x", 1, "y", 2));
        ranks.put("c", Map.of("x", 2, "y", 1));
        ObjectivePriority x =
                Priorities.rank(List.of("x", "y"), ranks).objective("x").orElseThrow();
        assertThat(x.meanRank()).isEqualByComparingTo("1.33").hasScaleOf(2);
        assertThat(x.meanRankExact()).isEqualByComparingTo("1.3333333333");
    }

    @Test
    void aPartialRankingCountsOnlyForTheObjectivesItRanks() {
        Map<String, Map<String, Integer>> ranks = new LinkedHashMap<>();
        ranks.put("a", Map.of("x", 1, "y", 2, "z", 3));
        ranks.put("b", Map.of("y", 1));
        PriorityResult partial = Priorities.rank(List.of("x", "y", "z"), ranks);
        ObjectivePriority x = partial.objective("x").orElseThrow();
        assertThat(x.rankers()).isEqualTo(1);
        assertThat(x.meanRankFigure().notes())
                .extracting(FigureNote::collectivityCode)
                .containsExactly("b");
        assertThat(partial.objective("y").orElseThrow().meanRankExact()).isEqualByComparingTo("1.5");
        assertThat(partial.objective("y").orElseThrow().bordaPoints()).isEqualByComparingTo("3");
        assertThat(partial.rankers()).containsExactly("a", "b");
    }

    @Test
    void anObjectiveNobodyRankedHasNoMeanAndComesLast() {
        PriorityResult r = Priorities.rank(List.of("x", "y"), Map.of("a", Map.of("y", 1)));
        ObjectivePriority x = r.objective("x").orElseThrow();
        assertThat(x.meanRank()).isNull();
        assertThat(x.meanRankFigure()).isNull();
        assertThat(x.meanRankPosition()).isNull();
        assertThat(x.bordaPoints()).isEqualByComparingTo("0");
        assertThat(x.borda().formula()).isEqualTo("0");
        assertThat(r.byMeanRank()).containsExactly("y", "x");
    }

    @Test
    void ranksOutsideTheObjectivesAreRefused() {
        assertThatThrownBy(() -> Priorities.rank(List.of("x", "y"), Map.of("a", Map.of("x", 3))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside 1..2");
        assertThatThrownBy(() -> Priorities.rank(List.of("x"), Map.of("a", Map.of("w", 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not listed");
        assertThatThrownBy(() -> Priorities.rank(List.of("x", "x"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
