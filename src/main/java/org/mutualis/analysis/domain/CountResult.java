package org.mutualis.analysis.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Totals of an additive indicator (COUNT, AMOUNT or a SHARE member).
 *
 * @param parts what of the extrapolated total the inventory counted, the respondents declared and
 *     the extrapolation added; null when no answer to this indicator came from the inventory
 */
public record CountResult(
        IndicatorSpec indicator,
        Figure raw,
        Figure extrapolated,
        int respondents,
        List<String> notCommunicated,
        List<String> unanswered,
        List<String> excluded,
        @Nullable Parts parts) {

    /** Totals without any inventoried answer. */
    public CountResult(
            IndicatorSpec indicator,
            Figure raw,
            Figure extrapolated,
            int respondents,
            List<String> notCommunicated,
            List<String> unanswered,
            List<String> excluded) {
        this(indicator, raw, extrapolated, respondents, notCommunicated, unanswered, excluded, null);
    }

    /**
     * The extrapolated total in three parts (issue 15): {@code inventoried} + {@code declared} =
     * the raw total, and {@code extrapolated} = the extrapolated total − the raw total.
     */
    public record Parts(Figure inventoried, Figure declared, Figure extrapolated) {}
}
