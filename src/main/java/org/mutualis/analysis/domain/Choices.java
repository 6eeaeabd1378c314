package org.mutualis.analysis.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.mutualis.shared.Aggregation;
import org.mutualis.shared.AnswerValue;

/**
 * Yes/no and choice indicators counted per value (raw and extrapolated, with shares), and every
 * countable indicator split by stratum, so that practices and equipment can be read per stratum.
 */
final class Choices {

    static final String YES = "oui";
    static final String NO = "non";

    private Choices() {}

    /** The answers of one yes/no or choice indicator, classified once. */
    private static final class Answers {
        final List<Respondent> respondents = new ArrayList<>();
        final List<String> values = new ArrayList<>();
        final List<String> notCommunicated = new ArrayList<>();
        final List<String> unanswered = new ArrayList<>();
        final List<String> excluded = new ArrayList<>();
        final List<FigureNote> notes = new ArrayList<>();
    }

    private static Answers answers(Context context, IndicatorSpec indicator) {
        Answers a = new Answers();
        String code = indicator.code();
        for (Respondent r : context.respondents) {
            AnswerValue answer = r.answers().get(code);
            Input input = context.input(r, code);
            if (answer instanceof AnswerValue.Text t
                    && input.kind() != Input.Kind.EXCLUDED
                    && !t.value().isBlank()) {
                a.respondents.add(r);
                a.values.add(t.value().strip());
                continue;
            }
            switch (input.kind()) {
                case NOT_COMMUNICATED:
                    a.notCommunicated.add(r.code());
                    a.notes.add(new FigureNote(FigureNote.Kind.NOT_COMMUNICATED, r.code(), code, input.detail()));
                    break;
                case EXCLUDED:
                    a.excluded.add(r.code());
                    a.notes.add(new FigureNote(FigureNote.Kind.EXCLUDED, r.code(), code, input.detail()));
                    break;
                default:
                    // No answer, or a number where a choice is expected: left out, said so.
                    String detail = answer == null ? input.detail() : r.name() + " : « " + answer.display() + " »";
                    a.unanswered.add(r.code());
                    a.notes.add(new FigureNote(FigureNote.Kind.UNANSWERED, r.code(), code, detail));
                    break;
            }
        }
        return a;
    }

    /** yes then no; the indicator's choices in order; answers outside them after, alphabetically. */
    private static List<String> values(IndicatorSpec indicator, List<String> given) {
        List<String> values = new ArrayList<>();
        if (indicator.aggregation() == Aggregation.YES_NO) {
            values.add(YES);
            values.add(NO);
        } else {
            values.addAll(indicator.choices());
        }
        TreeSet<String> others = new TreeSet<>(given);
        others.removeAll(values);
        values.addAll(others);
        return values;
    }

    static ChoiceResult choice(Context context, IndicatorSpec indicator) {
        Answers a = answers(context, indicator);
        List<String> values = values(indicator, a.values);
        String id = "choice." + indicator.code();
        Map<String, Figure> raws = new LinkedHashMap<>();
        Map<String, Figure> extrapolateds = new LinkedHashMap<>();
        BigDecimal extrapolatedTotal = BigDecimal.ZERO;
        for (String value : values) {
            Figure raw = rawCount(a, value, id + "." + value + ".raw");
            Figure extrapolated = extrapolatedCount(context, a, value, id + "." + value + ".extrapolated");
            raws.put(value, raw);
            extrapolateds.put(value, extrapolated);
            extrapolatedTotal = extrapolatedTotal.add(extrapolated.value());
        }
        BigDecimal respondents = BigDecimal.valueOf(a.respondents.size());
        List<ChoiceRow> rows = new ArrayList<>(values.size());
        for (String value : values) {
            Figure raw = raws.get(value);
            Figure extrapolated = extrapolateds.get(value);
            rows.add(new ChoiceRow(
                    value,
                    raw,
                    extrapolated,
                    share(id + "." + value + ".rawshare", raw, respondents),
                    share(id + "." + value + ".extrapolatedshare", extrapolated, Numbers.clean(extrapolatedTotal))));
        }
        return new ChoiceResult(
                indicator,
                List.copyOf(rows),
                a.respondents.size(),
                List.copyOf(a.notCommunicated),
                List.copyOf(a.unanswered),
                List.copyOf(a.excluded));
    }

    /** The collectivités that gave the value, one per stratum group in the formula. */
    private static Figure rawCount(Answers a, String value, String id) {
        List<FigureTerm> terms = new ArrayList<>();
        Map<StratumState, Integer> perStratum = new LinkedHashMap<>();
        for (int i = 0; i < a.respondents.size(); i++) {
            if (a.values.get(i).equals(value)) {
                Respondent r = a.respondents.get(i);
                terms.add(new FigureTerm(r.code(), r.name(), r.stratum().code, null, BigDecimal.ONE, null));
                perStratum.merge(r.stratum(), 1, Integer::sum);
            }
        }
        List<BigDecimal> counts = new ArrayList<>();
        perStratum.values().forEach(n -> counts.add(BigDecimal.valueOf(n)));
        return new Figure(
                id,
                BigDecimal.valueOf(terms.size()),
                Method.CHOICE_COUNT,
                Numbers.joinSum(counts),
                List.copyOf(terms),
                List.copyOf(a.notes));
    }

    /** Σ weight over the collectivités that gave the value, computed as members × n ÷ respondents per stratum. */
    private static Figure extrapolatedCount(Context context, Answers a, String value, String id) {
        List<FigureTerm> terms = new ArrayList<>();
        Map<StratumState, Integer> perStratum = new LinkedHashMap<>();
        for (int i = 0; i < a.respondents.size(); i++) {
            if (a.values.get(i).equals(value)) {
                Respondent r = a.respondents.get(i);
                terms.add(new FigureTerm(
                        r.code(), r.name(), r.stratum().code, r.stratum().weight(), BigDecimal.ONE, null));
                perStratum.merge(r.stratum(), 1, Integer::sum);
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        List<String> pieces = new ArrayList<>();
        for (Map.Entry<StratumState, Integer> e : perStratum.entrySet()) {
            StratumState stratum = e.getKey();
            BigDecimal n = BigDecimal.valueOf(e.getValue());
            total = total.add(stratum.extrapolate(n));
            pieces.add(stratum.weightIsOne() ? Numbers.plain(n) : stratum.weightText() + "×" + Numbers.plain(n));
        }
        List<FigureNote> notes = new ArrayList<>(a.notes);
        notes.addAll(context.extrapolationNotes());
        return new Figure(
                id,
                Numbers.clean(total),
                Method.CHOICE_EXTRAPOLATED,
                pieces.isEmpty() ? "0" : String.join(" + ", pieces),
                List.copyOf(terms),
                List.copyOf(notes));
    }

    private static Figure share(String id, Figure part, BigDecimal total) {
        return new Figure(
                id,
                Numbers.percent(part.value(), total),
                Method.CHOICE_SHARE,
                Numbers.plain(part.value()) + " ÷ " + Numbers.plain(total) + " × 100",
                part.terms(),
                part.notes());
    }

    /** Every COUNT and AMOUNT indicator by stratum, then every value of every yes/no or choice indicator. */
    static List<StratumBreakdown> byStratum(Context context, List<CountResult> counts, List<ChoiceResult> choices) {
        List<StratumBreakdown> result = new ArrayList<>();
        for (CountResult count : counts) {
            Aggregation aggregation = count.indicator().aggregation();
            if (aggregation == Aggregation.COUNT || aggregation == Aggregation.AMOUNT) {
                result.add(countByStratum(context, count.indicator()));
            }
        }
        for (ChoiceResult choice : choices) {
            Answers a = answers(context, choice.indicator());
            for (ChoiceRow row : choice.rows()) {
                result.add(choiceByStratum(context, choice.indicator(), a, row.value()));
            }
        }
        return List.copyOf(result);
    }

    private static StratumBreakdown countByStratum(Context context, IndicatorSpec indicator) {
        Column column = context.column(indicator.code());
        Map<StratumState, List<Integer>> rowsByStratum = new HashMap<>();
        for (int i = 0; i < column.size(); i++) {
            rowsByStratum
                    .computeIfAbsent(column.respondents.get(i).stratum(), k -> new ArrayList<>())
                    .add(i);
        }
        List<StratumCell> cells = new ArrayList<>(context.strata.size());
        for (StratumState stratum : context.strata) {
            String id = "stratum." + indicator.code() + "." + stratum.code;
            List<Integer> rows = rowsByStratum.getOrDefault(stratum, List.of());
            List<BigDecimal> values = new ArrayList<>(rows.size());
            List<FigureTerm> rawTerms = new ArrayList<>(rows.size());
            List<FigureTerm> weightedTerms = new ArrayList<>(rows.size());
            for (int i : rows) {
                Respondent r = column.respondents.get(i);
                BigDecimal value = column.values.get(i);
                values.add(value);
                rawTerms.add(new FigureTerm(r.code(), r.name(), stratum.code, null, value, null));
                weightedTerms.add(new FigureTerm(r.code(), r.name(), stratum.code, stratum.weight(), value, null));
            }
            List<FigureNote> notes = stratumNotes(column.notes, context, stratum);
            BigDecimal sum = Numbers.sum(values);
            Figure raw = new Figure(
                    id + ".raw",
                    Numbers.clean(sum),
                    Method.RAW_SUM,
                    Numbers.joinSum(values),
                    List.copyOf(rawTerms),
                    notes);
            Figure extrapolated = new Figure(
                    id + ".extrapolated",
                    rows.isEmpty() ? BigDecimal.ZERO : Numbers.clean(stratum.extrapolate(sum)),
                    Method.EXTRAPOLATED_SUM,
                    rows.isEmpty() || stratum.weightIsOne()
                            ? Numbers.plain(Numbers.clean(sum))
                            : stratum.weightText() + "×" + Numbers.plain(Numbers.clean(sum)),
                    List.copyOf(weightedTerms),
                    notes);
            cells.add(new StratumCell(stratum.code, stratum.label, rows.size(), raw, extrapolated));
        }
        return new StratumBreakdown(indicator, null, List.copyOf(cells));
    }

    private static StratumBreakdown choiceByStratum(Context context, IndicatorSpec indicator, Answers a, String value) {
        Map<StratumState, List<Respondent>> given = new HashMap<>();
        Map<StratumState, Integer> answered = new HashMap<>();
        for (int i = 0; i < a.respondents.size(); i++) {
            Respondent r = a.respondents.get(i);
            answered.merge(r.stratum(), 1, Integer::sum);
            if (a.values.get(i).equals(value)) {
                given.computeIfAbsent(r.stratum(), k -> new ArrayList<>()).add(r);
            }
        }
        List<StratumCell> cells = new ArrayList<>(context.strata.size());
        for (StratumState stratum : context.strata) {
            String id = "stratum." + indicator.code() + "." + value + "." + stratum.code;
            List<Respondent> those = given.getOrDefault(stratum, List.of());
            BigDecimal n = BigDecimal.valueOf(those.size());
            List<FigureTerm> rawTerms = new ArrayList<>(those.size());
            List<FigureTerm> weightedTerms = new ArrayList<>(those.size());
            for (Respondent r : those) {
                rawTerms.add(new FigureTerm(r.code(), r.name(), stratum.code, null, BigDecimal.ONE, null));
                weightedTerms.add(
                        new FigureTerm(r.code(), r.name(), stratum.code, stratum.weight(), BigDecimal.ONE, null));
            }
            List<FigureNote> notes = stratumNotes(a.notes, context, stratum);
            Figure raw =
                    new Figure(id + ".raw", n, Method.CHOICE_COUNT, Numbers.plain(n), List.copyOf(rawTerms), notes);
            Figure extrapolated = new Figure(
                    id + ".extrapolated",
                    those.isEmpty() ? BigDecimal.ZERO : Numbers.clean(stratum.extrapolate(n)),
                    Method.CHOICE_EXTRAPOLATED,
                    those.isEmpty() || stratum.weightIsOne()
                            ? Numbers.plain(n)
                            : stratum.weightText() + "×" + Numbers.plain(n),
                    List.copyOf(weightedTerms),
                    notes);
            cells.add(
                    new StratumCell(stratum.code, stratum.label, answered.getOrDefault(stratum, 0), raw, extrapolated));
        }
        return new StratumBreakdown(indicator, value, List.copyOf(cells));
    }

    /** The notes about this stratum's collectivités, and whether it has no respondent at all. */
    private static List<FigureNote> stratumNotes(List<FigureNote> notes, Context context, StratumState stratum) {
        List<FigureNote> result = new ArrayList<>();
        for (FigureNote note : notes) {
            String code = note.collectivityCode();
            if (code != null && context.stratumOf(code) == stratum) {
                result.add(note);
            }
        }
        if (!stratum.hasRespondents()) {
            result.add(Representativity.withoutRespondentNote(stratum));
        }
        return List.copyOf(result);
    }
}
