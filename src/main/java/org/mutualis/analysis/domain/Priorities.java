package org.mutualis.analysis.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Aggregates the collectivités' rankings of the study's objectives (rank 1 = most important).
 *
 * <p>Two methods side by side, because they can disagree and the study printed an order without
 * saying how it got it: the mean rank over the collectivités that ranked the objective, and the
 * Borda count (n objectives: rank r gives n − r points, an unranked objective gets nothing from
 * that collectivité). Ties and near-ties are reported so that a 0.25 gap between two means is not
 * read as a clear preference.
 */
public final class Priorities {

    /** Mean ranks at most this far apart are flagged as near-ties (issue 3: "within 0.5"). */
    public static final BigDecimal NEAR_TIE_GAP = new BigDecimal("0.5");

    /** Rankings are not extrapolated, so a term has no stratum. */
    private static final String NO_STRATUM = "";

    private Priorities() {}

    /** {@link #rank(List, Map, Map)} with the collectivité codes standing in for their names. */
    public static PriorityResult rank(List<String> objectives, Map<String, Map<String, Integer>> ranks) {
        return rank(objectives, ranks, Map.of());
    }

    /**
     * @param objectives in the questionnaire's order, which also breaks ties in the orders
     * @param ranks by collectivité code, then by objective, the rank given (1 to the number of
     *     objectives); a collectivité with an empty map was asked and ranked nothing. The figures'
     *     terms follow this map's order.
     * @param collectivityNames shown in the figures; a missing name is replaced by the code
     * @throws IllegalArgumentException when an objective is listed twice, a rank names an objective
     *     not listed, or a rank is outside 1..n
     */
    public static PriorityResult rank(
            List<String> objectives, Map<String, Map<String, Integer>> ranks, Map<String, String> collectivityNames) {
        Objects.requireNonNull(collectivityNames, "collectivityNames");
        Rankings.validate(objectives, ranks);
        int n = objectives.size();
        List<Score> scores = new ArrayList<>(n);
        for (String objective : objectives) {
            scores.add(score(objective, n, ranks, collectivityNames));
        }

        // List.sort is stable: equal values keep the questionnaire's order.
        List<Score> byMean = new ArrayList<>();
        List<Score> unranked = new ArrayList<>();
        for (Score s : scores) {
            (s.mean() == null ? unranked : byMean).add(s);
        }
        byMean.sort(Comparator.comparing(Score::meanValue));
        List<Score> byBorda = new ArrayList<>(scores);
        byBorda.sort(Comparator.comparing((Score s) -> s.borda().value()).reversed());

        Map<String, Integer> meanPositions = positions(byMean, Score::meanValue);
        Map<String, Integer> bordaPositions = positions(byBorda, s -> s.borda().value());
        List<ObjectivePriority> results = new ArrayList<>(n);
        for (Score s : scores) {
            Figure mean = s.mean();
            results.add(new ObjectivePriority(
                    s.objective(),
                    s.rankers(),
                    mean == null ? null : mean.value().setScale(2, RoundingMode.HALF_UP),
                    mean,
                    meanPositions.get(s.objective()),
                    s.borda(),
                    bordaPositions.getOrDefault(s.objective(), 0)));
        }

        List<String> meanOrder = new ArrayList<>(n);
        byMean.forEach(s -> meanOrder.add(s.objective()));
        unranked.forEach(s -> meanOrder.add(s.objective()));
        List<String> rankers = new ArrayList<>();
        List<String> nonRankers = new ArrayList<>();
        ranks.forEach((code, given) -> (given.isEmpty() ? nonRankers : rankers).add(code));
        return new PriorityResult(
                List.copyOf(results),
                List.copyOf(meanOrder),
                byBorda.stream().map(Score::objective).toList(),
                ties(byMean, byBorda),
                List.copyOf(rankers),
                List.copyOf(nonRankers),
                Rankings.sharedRanks(objectives, ranks));
    }

    private record Score(
            String objective, int rankers, @Nullable Figure mean, Figure borda) {

        BigDecimal meanValue() {
            return Objects.requireNonNull(mean, "mean").value();
        }
    }

    private static Score score(
            String objective, int n, Map<String, Map<String, Integer>> ranks, Map<String, String> names) {
        List<BigDecimal> given = new ArrayList<>();
        List<String> points = new ArrayList<>();
        BigDecimal bordaTotal = BigDecimal.ZERO;
        List<FigureTerm> rankTerms = new ArrayList<>();
        List<FigureTerm> pointTerms = new ArrayList<>();
        List<FigureNote> notes = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> entry : ranks.entrySet()) {
            String code = entry.getKey();
            String name = names.getOrDefault(code, code);
            Integer rank = entry.getValue().get(objective);
            if (rank == null) {
                notes.add(new FigureNote(FigureNote.Kind.UNANSWERED, code, objective, name));
                continue;
            }
            BigDecimal r = BigDecimal.valueOf(rank);
            BigDecimal p = BigDecimal.valueOf(n - rank);
            given.add(r);
            points.add("(" + n + " − " + rank + ")");
            bordaTotal = bordaTotal.add(p);
            rankTerms.add(new FigureTerm(code, name, NO_STRATUM, null, r, null));
            pointTerms.add(new FigureTerm(code, name, NO_STRATUM, null, p, null));
        }
        List<FigureNote> frozenNotes = List.copyOf(notes);
        Figure mean = given.isEmpty()
                ? null
                : new Figure(
                        "priority." + objective + ".mean_rank",
                        Numbers.divide(Numbers.sum(given), BigDecimal.valueOf(given.size())),
                        Method.MEAN_RANK,
                        "(" + Numbers.joinSum(given) + ") ÷ " + given.size(),
                        List.copyOf(rankTerms),
                        frozenNotes);
        Figure borda = new Figure(
                "priority." + objective + ".borda",
                bordaTotal,
                Method.BORDA_COUNT,
                points.isEmpty() ? "0" : String.join(" + ", points),
                List.copyOf(pointTerms),
                frozenNotes);
        return new Score(objective, given.size(), mean, borda);
    }

    /** Competition positions (1, 2, 2, 4): equal values share the position of the first of them. */
    private static Map<String, Integer> positions(List<Score> ordered, Function<Score, BigDecimal> value) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        int position = 0;
        for (int i = 0; i < ordered.size(); i++) {
            if (i == 0 || value.apply(ordered.get(i)).compareTo(value.apply(ordered.get(i - 1))) != 0) {
                position = i + 1;
            }
            positions.put(ordered.get(i).objective(), position);
        }
        return positions;
    }

    /** Both lists are sorted, so each objective is compared with its followers until the gap opens. */
    private static List<PriorityTie> ties(List<Score> byMean, List<Score> byBorda) {
        List<PriorityTie> ties = new ArrayList<>();
        for (int i = 0; i < byMean.size(); i++) {
            for (int j = i + 1; j < byMean.size(); j++) {
                BigDecimal gap =
                        byMean.get(j).meanValue().subtract(byMean.get(i).meanValue());
                if (gap.compareTo(NEAR_TIE_GAP) > 0) {
                    break;
                }
                PriorityTie.Kind kind = gap.signum() == 0 ? PriorityTie.Kind.TIE : PriorityTie.Kind.NEAR_TIE;
                ties.add(new PriorityTie(
                        byMean.get(i).objective(), byMean.get(j).objective(), Method.MEAN_RANK, kind, gap));
            }
        }
        for (int i = 0; i < byBorda.size(); i++) {
            BigDecimal points = byBorda.get(i).borda().value();
            for (int j = i + 1;
                    j < byBorda.size() && byBorda.get(j).borda().value().compareTo(points) == 0;
                    j++) {
                ties.add(new PriorityTie(
                        byBorda.get(i).objective(),
                        byBorda.get(j).objective(),
                        Method.BORDA_COUNT,
                        PriorityTie.Kind.TIE,
                        BigDecimal.ZERO));
            }
        }
        return List.copyOf(ties);
    }
}
