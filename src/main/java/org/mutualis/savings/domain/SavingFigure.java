package org.mutualis.savings.domain;

import java.math.BigDecimal;
import java.util.List;
import org.mutualis.shared.text.Text;

/**
 * A computed saving that says how it was computed.
 *
 * @param id stable identifier, e.g. {@code saving.percent}
 * @param value the exact result (rounded only where the formula says so)
 * @param formula the computation with its numbers, e.g. {@code (12.27 − 7.35) ÷ 12.27 = 40 %}, to resolve
 *     in the reader's language
 * @param notes what a reader must know: conversions, extrapolated volumes, assumptions (message codes)
 */
public record SavingFigure(String id, BigDecimal value, Text formula, List<Text> notes) {

    public SavingFigure {
        notes = List.copyOf(notes);
    }

    /** A formula of numbers and signs only, the same in every language. */
    public static Text math(String formula) {
        return Text.of("text.one", formula);
    }
}
