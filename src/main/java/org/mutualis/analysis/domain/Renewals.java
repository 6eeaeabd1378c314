package org.mutualis.analysis.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renewal forecasts: Σ weight × count ÷ lifespan devices a year. A collectivité that gives no
 * usable lifespan (NC, no answer, excluded, 0) gets its stratum's default, as the study did for
 * Botsorhel (8 years for small communes), and the figure says so.
 */
final class Renewals {

    private Renewals() {}

    static RenewalResult renewal(Context context, RenewalSpec spec) {
        Figure units = units(context, spec);
        return new RenewalResult(spec, units, euros(context, spec, units));
    }

    private static Figure units(Context context, RenewalSpec spec) {
        Column counts = context.column(spec.countIndicator());
        Column lifespans = context.column(spec.lifespanIndicator());
        BigDecimal total = BigDecimal.ZERO;
        List<String> pieces = new ArrayList<>(counts.size());
        List<FigureTerm> terms = new ArrayList<>(counts.size());
        List<FigureNote> notes = new ArrayList<>(counts.notes);
        for (int i = 0; i < counts.size(); i++) {
            Respondent r = counts.respondents.get(i);
            StratumState stratum = r.stratum();
            BigDecimal count = counts.values.get(i);
            BigDecimal lifespan = lifespans.value(r.code());
            if (lifespan == null || lifespan.signum() <= 0) {
                lifespan = stratum.defaultLifespan;
                if (lifespan.signum() <= 0) {
                    throw new IllegalArgumentException("default lifespan must be positive for " + stratum.code);
                }
                notes.add(new FigureNote(
                        FigureNote.Kind.DEFAULT_LIFESPAN, r.code(), spec.lifespanIndicator(), Numbers.plain(lifespan)));
            }
            // members × count ÷ (respondents × lifespan): one division, exact whenever possible.
            total = total.add(Numbers.divide(
                    count.multiply(BigDecimal.valueOf(stratum.members.size())),
                    lifespan.multiply(BigDecimal.valueOf(stratum.respondents.size()))));
            String quotient = Numbers.plain(count) + "÷" + Numbers.plain(lifespan);
            pieces.add(stratum.weightIsOne() ? quotient : stratum.weightText() + "×" + quotient);
            terms.add(new FigureTerm(r.code(), r.name(), stratum.code, stratum.weight(), count, lifespan));
        }
        notes.addAll(context.extrapolationNotes());
        return new Figure(
                "renewal." + spec.code() + ".units",
                Numbers.clean(total),
                Method.RENEWAL_UNITS,
                pieces.isEmpty() ? "0" : String.join(" + ", pieces),
                List.copyOf(terms),
                List.copyOf(notes));
    }

    /** units a year × simple mean cost, in euros at scale 2; null without any cost value. */
    private static @Nullable Figure euros(Context context, RenewalSpec spec, Figure units) {
        String costIndicator = spec.costIndicator();
        if (costIndicator == null) {
            return null;
        }
        Figure meanCost = Means.simple(context, costIndicator);
        if (meanCost == null) {
            return null;
        }
        return new Figure(
                "renewal." + spec.code() + ".euros",
                units.value().multiply(meanCost.value()).setScale(2, RoundingMode.HALF_UP),
                Method.RENEWAL_EUROS,
                Numbers.plain(units.value()) + " × " + Numbers.plain(meanCost.value()),
                meanCost.terms(),
                meanCost.notes());
    }
}
