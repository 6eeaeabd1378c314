package org.mutualis.analysis.domain;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A computed number that can say how it was computed.
 *
 * @param id stable identifier, e.g. {@code count.desktops_excl_schools.extrapolated}
 * @param value the exact result (not rounded for display); null when the reader may not see it
 *     ({@link StatisticalSecret}: a {@link FigureNote.Kind#SECRET} note says so)
 * @param formula the computation with its numbers, e.g. {@code 12×1 + 3×57 + 63 + 140}
 * @param terms every input that was used
 * @param notes every input left out or assumed, with the reason
 * @param reason why {@code value} is null: nobody gave a value ({@link Reason#NOT_PROVIDED}, « non
 *     renseigné », which is not zero) or the statistical secret ({@link Reason#SECRET}); null when
 *     the value is there
 */
public record Figure(
        String id,
        @Nullable BigDecimal value,
        Method method,
        String formula,
        List<FigureTerm> terms,
        List<FigureNote> notes,
        @Nullable Reason reason) {

    /** Why a figure has no value. */
    public enum Reason {
        /** Nobody gave a value: « non renseigné » (NC is not zero). */
        NOT_PROVIDED,
        /** The statistical secret hides it from this reader. */
        SECRET
    }

    /** A figure whose value, if null, is so for the statistical secret. */
    public Figure(
            String id,
            @Nullable BigDecimal value,
            Method method,
            String formula,
            List<FigureTerm> terms,
            List<FigureNote> notes) {
        this(id, value, method, formula, terms, notes, value == null ? Reason.SECRET : null);
    }

    /** Whether nobody gave a value for this figure: shown « non renseigné », never 0. */
    public boolean notProvided() {
        return reason == Reason.NOT_PROVIDED;
    }

    /** The same figure without a value, since nobody gave one. */
    public Figure withoutInputs() {
        return new Figure(id, null, method, formula, terms, notes, Reason.NOT_PROVIDED);
    }
}
