package org.mutualis.assessment.domain;

import static org.mutualis.savings.domain.SavingFormat.euros;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.mutualis.savings.domain.SavingAmounts;
import org.mutualis.savings.domain.SavingFigure;

/** Adds assessment savings up and takes the gap obtained − expected, period by period, in euros HT. */
final class AssessmentSums {

    /** One term of a sum: what it is (an item, a collectivité) and its savings. */
    record Part(String label, SavingAmounts amounts) {}

    private record Period(String id, String words, Function<SavingAmounts, SavingFigure> figure) {}

    private static final List<Period> PERIODS = List.of(
            new Period("per_month", "par mois", SavingAmounts::perMonth),
            new Period("per_year", "par an", SavingAmounts::perYear),
            new Period("one_off", "une fois", SavingAmounts::oneOff),
            new Period("over_contract", "sur le contrat", SavingAmounts::overContract));

    private AssessmentSums() {}

    /** The same savings with ids {@code assessment.<kind>.<period>}, e.g. {@code assessment.expected.per_year}. */
    static SavingAmounts relabel(SavingAmounts amounts, String kind) {
        return build(p -> {
            SavingFigure f = p.figure().apply(amounts);
            return new SavingFigure(id(kind, p), f.value(), f.formula(), f.notes());
        });
    }

    static SavingAmounts sum(String kind, String scope, List<Part> parts) {
        return build(p -> {
            BigDecimal total = BigDecimal.ZERO;
            List<String> terms = new ArrayList<>();
            LinkedHashSet<String> notes = new LinkedHashSet<>();
            for (Part part : parts) {
                SavingFigure figure = p.figure().apply(part.amounts());
                total = total.add(figure.value());
                terms.add(part.label() + " " + euros(figure.value()));
                notes.addAll(figure.notes());
            }
            String formula = "Σ " + scope + " (" + parts.size() + ") : "
                    + (terms.isEmpty() ? "aucun" : String.join(" + ", terms)) + " = " + euros(total) + " € HT "
                    + p.words();
            return new SavingFigure(id(kind, p), total, formula, new ArrayList<>(notes));
        });
    }

    /** obtained − expected for each period; a negative gap means less saved than expected. */
    static SavingAmounts gap(SavingAmounts obtained, SavingAmounts expected) {
        return build(p -> {
            BigDecimal got = p.figure().apply(obtained).value();
            BigDecimal hoped = p.figure().apply(expected).value();
            BigDecimal gap = got.subtract(hoped);
            String formula = "obtenue − attendue = " + signed(got) + " − " + signed(hoped) + " = " + euros(gap)
                    + " € HT " + p.words();
            List<String> notes = new ArrayList<>();
            if (gap.signum() < 0) {
                notes.add("Économie obtenue inférieure de " + euros(gap.negate()) + " € HT à l'économie attendue.");
            } else if (gap.signum() > 0) {
                notes.add("Économie obtenue supérieure de " + euros(gap) + " € HT à l'économie attendue.");
            }
            if (got.signum() < 0) {
                notes.add("Le prix obtenu est plus cher que le prix actuel : l'économie obtenue est un surcoût.");
            }
            return new SavingFigure(id("gap", p), gap, formula, notes);
        });
    }

    private static String signed(BigDecimal value) {
        return value.signum() < 0 ? "(" + euros(value) + ")" : euros(value);
    }

    private static String id(String kind, Period period) {
        return "assessment." + kind + "." + period.id();
    }

    private static SavingAmounts build(Function<Period, SavingFigure> figure) {
        return new SavingAmounts(
                figure.apply(PERIODS.get(0)),
                figure.apply(PERIODS.get(1)),
                figure.apply(PERIODS.get(2)),
                figure.apply(PERIODS.get(3)));
    }
}
