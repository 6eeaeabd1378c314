package org.mutualis.analysis.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.Aggregation;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.CollectivityKind;

/**
 * A random territory for property tests: communes of any size (some without population), maybe
 * the EPCI and other bodies, some of them answering a small questionnaire (a count, an OS share
 * group of two members, a lifespan).
 */
record GeneratedTerritory(List<AnalysisUnit> units, Map<String, Map<String, AnswerValue>> answers) {

    static final String DESKTOPS = "desktops";
    static final String OS_A = "os_a";
    static final String OS_B = "os_b";
    static final String LIFESPAN = "lifespan";

    /** One collectivité as generated: null population for non-communes, null value for NC. */
    record Member(
            CollectivityKind kind,
            @Nullable Integer population,
            boolean responds,
            @Nullable Integer desktops,
            int osA,
            int osB,
            @Nullable Integer lifespan) {}

    static Arbitrary<GeneratedTerritory> any(int responsePercent, double ncRate) {
        Arbitrary<CollectivityKind> kinds = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(20, CollectivityKind.COMMUNE),
                net.jqwik.api.Tuple.of(1, CollectivityKind.EPCI),
                net.jqwik.api.Tuple.of(1, CollectivityKind.OTHER));
        Arbitrary<Member> members = Combinators.combine(
                        kinds,
                        Arbitraries.integers().between(0, 20_000).injectNull(0.05),
                        Arbitraries.integers().between(0, 99).map(p -> p < responsePercent),
                        Arbitraries.integers().between(0, 400).injectNull(ncRate),
                        Arbitraries.integers().between(0, 200),
                        Arbitraries.integers().between(0, 200),
                        Arbitraries.integers().between(0, 10).injectNull(ncRate))
                .as(Member::new);
        return members.list().ofMaxSize(40).map(GeneratedTerritory::of);
    }

    static GeneratedTerritory of(List<Member> members) {
        List<AnalysisUnit> units = new ArrayList<>();
        Map<String, Map<String, AnswerValue>> answers = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            String code = "c" + i;
            Integer population = m.kind() == CollectivityKind.COMMUNE ? m.population() : null;
            units.add(new AnalysisUnit(code, "Collectivité " + i, m.kind(), population));
            if (m.responds()) {
                Map<String, AnswerValue> row = new LinkedHashMap<>();
                row.put(DESKTOPS, m.desktops() == null ? AnswerValue.nc() : AnswerValue.of(m.desktops()));
                row.put(OS_A, AnswerValue.of(m.osA()));
                row.put(OS_B, AnswerValue.of(m.osB()));
                row.put(LIFESPAN, m.lifespan() == null ? AnswerValue.nc() : AnswerValue.of(m.lifespan()));
                answers.put(code, row);
            }
        }
        return new GeneratedTerritory(units, answers);
    }

    AnalysisRequest request() {
        return request(answers);
    }

    AnalysisRequest request(Map<String, Map<String, AnswerValue>> someAnswers) {
        return new AnalysisRequest(
                units,
                someAnswers,
                indicators(),
                List.of(new ShareGroupSpec("os", "OS", List.of(DESKTOPS), 1)),
                List.of(new RenewalSpec("desktops", "Renouvellement", DESKTOPS, LIFESPAN, null)),
                new StratumBands(
                        List.of(500, 2000, 10_000),
                        List.of(
                                BigDecimal.valueOf(8),
                                BigDecimal.valueOf(6),
                                BigDecimal.valueOf(5),
                                BigDecimal.valueOf(4)),
                        BigDecimal.valueOf(5)),
                List.of());
    }

    static List<IndicatorSpec> indicators() {
        return List.of(
                new IndicatorSpec(DESKTOPS, "Postes", "postes", Aggregation.COUNT, null, null, null, null),
                new IndicatorSpec(OS_A, "OS A", "postes", Aggregation.SHARE, "os", null, null, null),
                new IndicatorSpec(OS_B, "OS B", "postes", Aggregation.SHARE, "os", null, null, null),
                new IndicatorSpec(LIFESPAN, "Durée de vie", "ans", Aggregation.MEAN_VALUE, null, null, null, null));
    }

    /** A deep copy of the answers that the caller may change. */
    Map<String, Map<String, AnswerValue>> copyOfAnswers() {
        Map<String, Map<String, AnswerValue>> copy = new LinkedHashMap<>();
        answers.forEach((code, row) -> copy.put(code, new LinkedHashMap<>(row)));
        return copy;
    }
}
