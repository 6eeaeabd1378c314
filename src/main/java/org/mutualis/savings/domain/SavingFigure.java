package org.mutualis.savings.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A computed saving that says how it was computed.
 *
 * @param id stable identifier, e.g. {@code saving.percent}
 * @param value the exact result (rounded only where the formula says so)
 * @param formula the computation with its numbers, e.g. {@code (12.27 − 7.35) ÷ 12.27 = 40 %}
 * @param notes what a reader must know: conversions, extrapolated volumes, assumptions
 */
public record SavingFigure(String id, BigDecimal value, String formula, List<String> notes) {

    public SavingFigure {
        notes = List.copyOf(notes);
    }
}
