package org.mutualis.analysis.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Means of a mean-type indicator (a unit cost, a lifespan). Not extrapolated: each respondent's
 * value counts once (simple mean) or in proportion to its devices (weighted mean), as the study does.
 */
final class Means {

    private Means() {}

    static MeanResult mean(Context context, IndicatorSpec indicator) {
        Column column = context.column(indicator.code());
        String weightIndicator = indicator.weightIndicator();
        return new MeanResult(
                indicator,
                simple(context, indicator.code()),
                weightIndicator == null ? null : weighted(context, column, weightIndicator),
                extreme(column, true),
                extreme(column, false),
                column.size(),
                List.copyOf(column.notCommunicated),
                List.copyOf(column.excluded));
    }

    /** Σ values ÷ n over the usable values; null when there is none. */
    static @Nullable Figure simple(Context context, String indicatorCode) {
        Column column = context.column(indicatorCode);
        if (column.size() == 0) {
            return null;
        }
        BigDecimal sum = Numbers.sum(column.values);
        return new Figure(
                "mean." + indicatorCode + ".simple",
                Numbers.divide(sum, BigDecimal.valueOf(column.size())),
                Method.SIMPLE_MEAN,
                "(" + Numbers.joinSum(column.values) + ") ÷ " + column.size(),
                List.copyOf(column.unweightedTerms()),
                List.copyOf(column.notes));
    }

    /**
     * Σ devices × value ÷ Σ devices. A respondent whose device count is not a positive number
     * cannot weigh anything: it is left out and a note says why.
     */
    private static @Nullable Figure weighted(Context context, Column column, String weightIndicator) {
        Column weights = context.column(weightIndicator);
        BigDecimal numerator = BigDecimal.ZERO;
        List<BigDecimal> used = new ArrayList<>();
        List<String> products = new ArrayList<>();
        List<FigureTerm> terms = new ArrayList<>();
        List<FigureNote> notes = new ArrayList<>(column.notes);
        for (int i = 0; i < column.size(); i++) {
            Respondent r = column.respondents.get(i);
            BigDecimal value = column.values.get(i);
            BigDecimal weight = weights.value(r.code());
            if (weight == null) {
                notes.add(weightNote(context.input(r, weightIndicator), r, weightIndicator));
                continue;
            }
            if (weight.signum() <= 0) {
                notes.add(new FigureNote(
                        FigureNote.Kind.EXCLUDED,
                        r.code(),
                        weightIndicator,
                        "poids nul ou négatif : " + Numbers.plain(weight)));
                continue;
            }
            numerator = numerator.add(weight.multiply(value));
            used.add(weight);
            products.add(Numbers.plain(weight) + "×" + Numbers.plain(value));
            terms.add(new FigureTerm(r.code(), r.name(), r.stratum().code, weight, value, null));
        }
        if (used.isEmpty()) {
            return null;
        }
        return new Figure(
                "mean." + column.indicatorCode + ".weighted",
                Numbers.divide(numerator, Numbers.sum(used)),
                Method.WEIGHTED_MEAN,
                "(" + String.join(" + ", products) + ") ÷ (" + Numbers.joinSum(used) + ")",
                List.copyOf(terms),
                List.copyOf(notes));
    }

    private static FigureNote weightNote(Input input, Respondent r, String weightIndicator) {
        FigureNote.Kind kind;
        switch (input.kind()) {
            case NOT_COMMUNICATED:
                kind = FigureNote.Kind.NOT_COMMUNICATED;
                break;
            case EXCLUDED:
                kind = FigureNote.Kind.EXCLUDED;
                break;
            default:
                kind = FigureNote.Kind.UNANSWERED;
                break;
        }
        return new FigureNote(kind, r.code(), weightIndicator, input.detail());
    }

    /** The smallest (or largest) value; the first collectivité in respondent order wins a tie. */
    private static @Nullable Figure extreme(Column column, boolean min) {
        if (column.size() == 0) {
            return null;
        }
        int best = 0;
        for (int i = 1; i < column.size(); i++) {
            int cmp = column.values.get(i).compareTo(column.values.get(best));
            if (min ? cmp < 0 : cmp > 0) {
                best = i;
            }
        }
        Respondent r = column.respondents.get(best);
        BigDecimal value = column.values.get(best);
        List<String> all = new ArrayList<>(column.size());
        for (BigDecimal v : column.values) {
            all.add(Numbers.plain(v));
        }
        return new Figure(
                "mean." + column.indicatorCode + (min ? ".min" : ".max"),
                Numbers.clean(value),
                min ? Method.MIN : Method.MAX,
                (min ? "min(" : "max(") + String.join(", ", all) + ")",
                List.of(new FigureTerm(r.code(), r.name(), r.stratum().code, null, value, null)),
                List.copyOf(column.notes));
    }
}
