package org.mutualis.assessment.domain;

import static org.mutualis.savings.domain.SavingFormat.euros;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.mutualis.savings.domain.SavingAmounts;
import org.mutualis.savings.domain.SavingFigure;
import org.mutualis.shared.text.Text;

/** Adds assessment savings up and takes the gap obtained − expected, period by period, in euros HT. */
final class AssessmentSums {

    /** One term of a sum: what it is (an item, a collectivité) and its savings. */
    record Part(String label, SavingAmounts amounts) {}

    private record Period(String id, String words, Function<SavingAmounts, SavingFigure> figure) {}

    private static final List<Period> PERIODS = List.of(
            new Period("per_month", "assessment.period.per_month", SavingAmounts::perMonth),
            new Period("per_year", "assessment.period.per_year", SavingAmounts::perYear),
            new Period("one_off", "assessment.period.one_off", SavingAmounts::oneOff),
            new Period("over_contract", "assessment.period.over_contract", SavingAmounts::overContract));

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
            LinkedHashSet<Text> notes = new LinkedHashSet<>();
            for (Part part : parts) {
                SavingFigure figure = p.figure().apply(part.amounts());
                total = total.add(figure.value());
                terms.add(part.label() + " " + euros(figure.value()));
                notes.addAll(figure.notes());
            }
            Text formula = Text.of(
                    "assessment.formula.sum",
                    scope,
                    String.valueOf(parts.size()),
                    terms.isEmpty() ? Text.of("assessment.formula.none") : String.join(" + ", terms),
                    euros(total),
                    Text.of(p.words()));
            return new SavingFigure(id(kind, p), total, formula, new ArrayList<>(notes));
        });
    }

    /** obtained − expected for each period; a negative gap means less saved than expected. */
    static SavingAmounts gap(SavingAmounts obtained, SavingAmounts expected) {
        return build(p -> {
            BigDecimal got = p.figure().apply(obtained).value();
            BigDecimal hoped = p.figure().apply(expected).value();
            BigDecimal gap = got.subtract(hoped);
            Text formula =
                    Text.of("assessment.formula.gap", signed(got), signed(hoped), euros(gap), Text.of(p.words()));
            List<Text> notes = new ArrayList<>();
            if (gap.signum() < 0) {
                notes.add(Text.of("assessment.note.gap.lower", euros(gap.negate())));
            } else if (gap.signum() > 0) {
                notes.add(Text.of("assessment.note.gap.higher", euros(gap)));
            }
            if (got.signum() < 0) {
                notes.add(Text.of("assessment.note.surcharge"));
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
