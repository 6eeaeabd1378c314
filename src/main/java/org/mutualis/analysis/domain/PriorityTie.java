package org.mutualis.analysis.domain;

import java.math.BigDecimal;

/**
 * Two objectives the aggregation cannot tell apart, or barely: a reader should not take their
 * order for a preference of the collectivités.
 *
 * @param first the objective ahead in the order of {@code basis} (or first listed, on a tie)
 * @param basis {@link Method#MEAN_RANK} or {@link Method#BORDA_COUNT}
 * @param gap the difference of their exact mean ranks or Borda points, never negative
 */
public record PriorityTie(String first, String second, Method basis, Kind kind, BigDecimal gap) {

    public enum Kind {
        /** Exactly the same value. */
        TIE,
        /** Mean ranks within {@link Priorities#NEAR_TIE_GAP} of each other, but not equal. */
        NEAR_TIE
    }
}
