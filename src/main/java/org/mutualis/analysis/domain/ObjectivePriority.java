package org.mutualis.analysis.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One objective's place among the priorities.
 *
 * @param rankers the collectivités that gave this objective a rank
 * @param meanRank the mean rank rounded HALF_UP to 2 decimals, for display; null when nobody ranked
 *     the objective
 * @param meanRankFigure the exact mean rank ({@link Method#MEAN_RANK}), its formula and the rank
 *     each collectivité gave; null when nobody ranked the objective
 * @param meanRankPosition 1 for the lowest mean rank; tied objectives share a position (1, 2, 2,
 *     4); null when nobody ranked the objective, or when the statistical secret withholds the order
 * @param borda the Borda points ({@link Method#BORDA_COUNT}), 0 when nobody ranked the objective
 * @param bordaPosition 1 for the most points; tied objectives share a position; 0 when the
 *     statistical secret withholds the order ({@link Redaction#priorities})
 */
public record ObjectivePriority(
        String objective,
        int rankers,
        @Nullable BigDecimal meanRank,
        @Nullable Figure meanRankFigure,
        @Nullable Integer meanRankPosition,
        Figure borda,
        int bordaPosition) {

    /** The unrounded mean rank (exact when it terminates, 10 decimals otherwise). */
    public @Nullable BigDecimal meanRankExact() {
        return meanRankFigure == null ? null : meanRankFigure.value();
    }

    public BigDecimal bordaPoints() {
        return borda.value();
    }
}
