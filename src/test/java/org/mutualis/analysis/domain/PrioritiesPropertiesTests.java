package org.mutualis.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the rank aggregation on random rankings. */
class PrioritiesPropertiesTests {

    /** Objectives and each collectivité's ranks: any rank, some left out, maybe shared. */
    record Rankings(List<String> objectives, Map<String, Map<String, Integer>> ranks) {}

    @Provide
    Arbitrary<Rankings> anyRankings() {
        return Arbitraries.integers().between(1, 9).flatMap(n -> {
            List<String> objectives = objectives(n);
            Arbitrary<Map<String, Integer>> column = Arbitraries.integers()
                    .between(1, n)
                    .injectNull(0.3)
                    .list()
                    .ofSize(n)
                    .map(ranks -> {
                        Map<String, Integer> given = new LinkedHashMap<>();
                        for (int i = 0; i < n; i++) {
                            if (ranks.get(i) != null) {
                                given.put(objectives.get(i), ranks.get(i));
                            }
                        }
                        return given;
                    });
            return column.list().ofMaxSize(12).map(columns -> new Rankings(objectives, byCode(columns)));
        });
    }

    @Provide
    Arbitrary<Rankings> completeRankings() {
        return Arbitraries.integers().between(1, 9).flatMap(n -> {
            List<String> objectives = objectives(n);
            List<Integer> ranks = IntStream.rangeClosed(1, n).boxed().toList();
            Arbitrary<Map<String, Integer>> column = Arbitraries.shuffle(ranks).map(shuffled -> {
                Map<String, Integer> given = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    given.put(objectives.get(i), shuffled.get(i));
                }
                return given;
            });
            return column.list().ofMaxSize(12).map(columns -> new Rankings(objectives, byCode(columns)));
        });
    }

    @Property
    void aMeanRankLiesBetween1AndN(@ForAll("anyRankings") Rankings r) {
        BigDecimal n = BigDecimal.valueOf(r.objectives().size());
        for (ObjectivePriority o : Priorities.rank(r.objectives(), r.ranks()).objectives()) {
            if (o.rankers() > 0) {
                assertThat(o.meanRankExact()).isBetween(BigDecimal.ONE, n);
                assertThat(o.meanRank()).isBetween(BigDecimal.ONE, n);
            } else {
                assertThat(o.meanRank()).isNull();
            }
        }
    }

    @Property
    void completeRankingsShareOutNTimesNMinus1Over2PointsEach(@ForAll("completeRankings") Rankings r) {
        int n = r.objectives().size();
        PriorityResult result = Priorities.rank(r.objectives(), r.ranks());
        BigDecimal total = result.objectives().stream()
                .map(ObjectivePriority::bordaPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total)
                .isEqualByComparingTo(BigDecimal.valueOf((long) r.ranks().size() * (n - 1) * n / 2));
        assertThat(result.sharedRanks()).isEmpty();
    }

    @Property
    void theOrderOfTheCollectivitesChangesNothing(@ForAll("anyRankings") Rankings r, @ForAll long seed) {
        List<String> codes = new ArrayList<>(r.ranks().keySet());
        Collections.shuffle(codes, new Random(seed));
        Map<String, Map<String, Integer>> permuted = new LinkedHashMap<>();
        codes.forEach(code -> permuted.put(code, r.ranks().get(code)));

        PriorityResult a = Priorities.rank(r.objectives(), r.ranks());
        PriorityResult b = Priorities.rank(r.objectives(), permuted);
        assertThat(summary(b)).isEqualTo(summary(a));
        assertThat(b.byMeanRank()).isEqualTo(a.byMeanRank());
        assertThat(b.byBorda()).isEqualTo(a.byBorda());
        assertThat(b.ties()).isEqualTo(a.ties());
        assertThat(b.nonRankers()).containsExactlyInAnyOrderElementsOf(a.nonRankers());
        assertThat(b.sharedRanks()).containsExactlyInAnyOrderElementsOf(a.sharedRanks());
    }

    /** Everything but the terms' and notes' order, which follows the map given. */
    private static List<String> summary(PriorityResult result) {
        return result.objectives().stream()
                .map(o -> String.join(
                        "|",
                        o.objective(),
                        String.valueOf(o.rankers()),
                        String.valueOf(o.meanRank()),
                        String.valueOf(o.meanRankExact()),
                        String.valueOf(o.meanRankPosition()),
                        o.bordaPoints().toPlainString(),
                        String.valueOf(o.bordaPosition())))
                .toList();
    }

    private static List<String> objectives(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "objective_" + i).toList();
    }

    private static Map<String, Map<String, Integer>> byCode(List<Map<String, Integer>> columns) {
        Map<String, Map<String, Integer>> ranks = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            ranks.put("c" + i, columns.get(i));
        }
        return ranks;
    }
}
