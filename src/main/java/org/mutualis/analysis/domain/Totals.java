package org.mutualis.analysis.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Raw and extrapolated totals of an additive indicator (COUNT, AMOUNT, SHARE member). */
final class Totals {

    private Totals() {}

    static CountResult count(Context context, IndicatorSpec indicator) {
        Column column = context.column(indicator.code());
        String id = "count." + indicator.code();
        Figure raw = new Figure(
                id + ".raw",
                Numbers.clean(Numbers.sum(column.values)),
                Method.RAW_SUM,
                Numbers.joinSum(column.values),
                List.copyOf(column.unweightedTerms()),
                List.copyOf(column.notes));
        Figure extrapolated = extrapolated(context, column, id + ".extrapolated");
        return new CountResult(
                indicator,
                raw,
                extrapolated,
                column.size(),
                List.copyOf(column.notCommunicated),
                List.copyOf(column.unanswered),
                List.copyOf(column.excluded),
                parts(context, indicator, column, id, raw, extrapolated));
    }

    /**
     * The raw total split between the answers the inventory counted and those declared, and what
     * the extrapolation adds (issue 15); null when no answer came from the inventory, so that a
     * census without inventory reads as before.
     */
    static CountResult.@Nullable Parts parts(
            Context context, IndicatorSpec indicator, Column column, String id, Figure raw, Figure extrapolated) {
        List<BigDecimal> inventoried = new ArrayList<>();
        List<BigDecimal> declared = new ArrayList<>();
        List<FigureTerm> inventoriedTerms = new ArrayList<>();
        List<FigureTerm> declaredTerms = new ArrayList<>();
        List<FigureTerm> terms = column.unweightedTerms();
        for (int i = 0; i < column.size(); i++) {
            boolean fromInventory =
                    context.request.isInventoried(column.respondents.get(i).code(), indicator.code());
            (fromInventory ? inventoried : declared).add(column.values.get(i));
            (fromInventory ? inventoriedTerms : declaredTerms).add(terms.get(i));
        }
        if (inventoried.isEmpty()) {
            return null;
        }
        BigDecimal rawValue = Numbers.sum(column.values);
        BigDecimal total = extrapolated.value() == null ? rawValue : extrapolated.value();
        return new CountResult.Parts(
                new Figure(
                        id + ".inventoried",
                        Numbers.clean(Numbers.sum(inventoried)),
                        Method.RAW_SUM,
                        Numbers.joinSum(inventoried),
                        List.copyOf(inventoriedTerms),
                        List.of()),
                new Figure(
                        id + ".declared",
                        Numbers.clean(Numbers.sum(declared)),
                        Method.RAW_SUM,
                        declared.isEmpty() ? "0" : Numbers.joinSum(declared),
                        List.copyOf(declaredTerms),
                        List.copyOf(column.notes)),
                new Figure(
                        id + ".extrapolated_part",
                        Numbers.clean(total.subtract(rawValue)),
                        Method.EXTRAPOLATED_PART,
                        Numbers.plain(total) + " − " + Numbers.plain(rawValue),
                        extrapolated.terms(),
                        List.copyOf(context.extrapolationNotes())));
    }

    /**
     * Σ weight × value, one stratum at a time: the stratum's values are summed first and then
     * multiplied by its weight, which is how the study writes it ({@code 12×1 + 3×57 + 140 + 63})
     * and keeps one division per stratum. Weight-1 strata list their values as they are.
     */
    static Figure extrapolated(Context context, Column column, String id) {
        BigDecimal total = BigDecimal.ZERO;
        List<String> pieces = new ArrayList<>();
        List<FigureTerm> terms = new ArrayList<>(column.size());
        int i = 0;
        while (i < column.size()) {
            StratumState stratum = column.respondents.get(i).stratum();
            BigDecimal weight = stratum.weight();
            List<BigDecimal> stratumValues = new ArrayList<>();
            // Respondents come grouped by stratum, so one pass collects each group.
            for (; i < column.size() && column.respondents.get(i).stratum() == stratum; i++) {
                Respondent r = column.respondents.get(i);
                BigDecimal value = column.values.get(i);
                stratumValues.add(value);
                terms.add(new FigureTerm(r.code(), r.name(), stratum.code, weight, value, null));
            }
            BigDecimal stratumSum = Numbers.sum(stratumValues);
            total = total.add(stratum.extrapolate(stratumSum));
            if (stratum.weightIsOne()) {
                for (BigDecimal v : stratumValues) {
                    pieces.add(Numbers.plain(v));
                }
            } else {
                pieces.add(stratum.weightText() + "×" + Numbers.plain(stratumSum));
            }
        }
        List<FigureNote> notes = new ArrayList<>(column.notes);
        notes.addAll(context.extrapolationNotes());
        return new Figure(
                id,
                Numbers.clean(total),
                Method.EXTRAPOLATED_SUM,
                pieces.isEmpty() ? "0" : String.join(" + ", pieces),
                List.copyOf(terms),
                List.copyOf(notes));
    }
}
