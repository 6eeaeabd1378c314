package org.mutualis.analysis.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.AnswerValue;

/**
 * Compares two campaigns of the same questionnaire on one territory: the totals, raw and
 * extrapolated, and each collectivité's answers.
 *
 * <p>NC and unanswered stay apart here as everywhere: "NC → 12" means the collectivité now knows,
 * "— → 12" that it now answers the question at all. A collectivité is taken to have answered a
 * campaign when it has an entry in that campaign's answers, as in {@link AnalysisRequest}.
 */
public final class YearOverYear {

    private YearOverYear() {}

    /**
     * @param answersBefore by collectivité code, then by indicator code: the earlier campaign
     * @param answersAfter the same for the later campaign
     */
    public static YearOverYearResult compare(
            Synthesis before,
            Synthesis after,
            Map<String, Map<String, AnswerValue>> answersBefore,
            Map<String, Map<String, AnswerValue>> answersAfter) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<AnswerChange> changes = new ArrayList<>();
        List<String> onlyBefore = new ArrayList<>();
        answersBefore.forEach((code, earlier) -> {
            Map<String, AnswerValue> later = answersAfter.get(code);
            if (later == null) {
                onlyBefore.add(code);
            } else {
                changes.addAll(answerChanges(code, earlier, later));
            }
        });
        List<String> onlyAfter = new ArrayList<>();
        for (String code : answersAfter.keySet()) {
            if (!answersBefore.containsKey(code)) {
                onlyAfter.add(code);
            }
        }
        return new YearOverYearResult(
                indicatorChanges(before, after), List.copyOf(changes), List.copyOf(onlyBefore), List.copyOf(onlyAfter));
    }

    private static List<IndicatorChange> indicatorChanges(Synthesis before, Synthesis after) {
        Map<String, @Nullable CountResult> earlier = new LinkedHashMap<>();
        before.counts().forEach(c -> earlier.put(c.indicator().code(), c));
        Set<String> codes = new LinkedHashSet<>();
        after.counts().forEach(c -> codes.add(c.indicator().code()));
        codes.addAll(earlier.keySet());
        List<IndicatorChange> changes = new ArrayList<>(codes.size());
        for (String code : codes) {
            CountResult b = earlier.get(code);
            CountResult a = after.count(code).orElse(null);
            CountResult labelled = a != null ? a : Objects.requireNonNull(b);
            changes.add(new IndicatorChange(
                    code,
                    labelled.indicator().label(),
                    b,
                    a,
                    b == null || a == null ? null : difference(code + ".raw", b.raw(), a.raw()),
                    b == null || a == null
                            ? null
                            : difference(code + ".extrapolated", b.extrapolated(), a.extrapolated())));
            // A side nobody answered is « non renseigné », not 0: the difference is not provided either.
        }
        return List.copyOf(changes);
    }

    private static Figure difference(String id, Figure before, Figure after) {
        if (before.value() == null || after.value() == null) {
            return new Figure(
                    "year_over_year." + id,
                    null,
                    Method.DIFFERENCE,
                    "",
                    List.of(),
                    List.of(),
                    before.notProvided() || after.notProvided() ? Figure.Reason.NOT_PROVIDED : Figure.Reason.SECRET);
        }
        return new Figure(
                "year_over_year." + id,
                Numbers.clean(after.value().subtract(before.value())),
                Method.DIFFERENCE,
                Numbers.plain(after.value()) + " − " + Numbers.plain(before.value()),
                List.of(),
                List.of());
    }

    /** Questions in the earlier campaign's order, then those only the later one has. */
    private static List<AnswerChange> answerChanges(
            String code, Map<String, AnswerValue> before, Map<String, AnswerValue> after) {
        Set<String> questions = new LinkedHashSet<>(before.keySet());
        questions.addAll(after.keySet());
        List<AnswerChange> changes = new ArrayList<>();
        for (String question : questions) {
            AnswerValue b = before.get(question);
            AnswerValue a = after.get(question);
            if (same(b, a)) {
                continue;
            }
            BigDecimal difference = b instanceof AnswerValue.Numeric nb && a instanceof AnswerValue.Numeric na
                    ? Numbers.clean(na.value().subtract(nb.value()))
                    : null;
            changes.add(new AnswerChange(code, question, b, a, kind(b, a), difference));
        }
        return changes;
    }

    private static AnswerChange.Kind kind(@Nullable AnswerValue before, @Nullable AnswerValue after) {
        if (before == null) {
            return AnswerChange.Kind.NOW_ANSWERED;
        }
        if (after == null) {
            return AnswerChange.Kind.NO_LONGER_ANSWERED;
        }
        if (before.isNotCommunicated()) {
            return AnswerChange.Kind.NOW_COMMUNICATED;
        }
        if (after.isNotCommunicated()) {
            return AnswerChange.Kind.NO_LONGER_COMMUNICATED;
        }
        return AnswerChange.Kind.VALUE_CHANGED;
    }

    /** Numbers compare by value (5 = 5.0); texts exactly, since a corrected spelling is a change. */
    private static boolean same(@Nullable AnswerValue before, @Nullable AnswerValue after) {
        if (before instanceof AnswerValue.Numeric nb && after instanceof AnswerValue.Numeric na) {
            return nb.value().compareTo(na.value()) == 0;
        }
        return Objects.equals(before, after);
    }
}
