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
 */
public record Figure(
        String id,
        @Nullable BigDecimal value,
        Method method,
        String formula,
        List<FigureTerm> terms,
        List<FigureNote> notes) {}
