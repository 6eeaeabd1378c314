package org.mutualis.analysis.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An additive indicator's totals in two campaigns. Each total keeps its own figure, so the reader
 * sees that an extrapolated change can come from the respondents changing, not the park.
 *
 * @param before null when the earlier synthesis has no such indicator (another questionnaire)
 * @param after null when the later synthesis has no such indicator
 * @param rawDifference after − before of the raw totals ({@link Method#DIFFERENCE}); null unless
 *     both campaigns have the indicator
 * @param extrapolatedDifference the same for the extrapolated totals
 */
public record IndicatorChange(
        String indicatorCode,
        String label,
        @Nullable CountResult before,
        @Nullable CountResult after,
        @Nullable Figure rawDifference,
        @Nullable Figure extrapolatedDifference) {

    public @Nullable BigDecimal rawBefore() {
        return before == null ? null : before.raw().value();
    }

    public @Nullable BigDecimal rawAfter() {
        return after == null ? null : after.raw().value();
    }

    public @Nullable BigDecimal extrapolatedBefore() {
        return before == null ? null : before.extrapolated().value();
    }

    public @Nullable BigDecimal extrapolatedAfter() {
        return after == null ? null : after.extrapolated().value();
    }

    /** Whether a total moved, or the indicator is in one campaign only. */
    public boolean changed() {
        return rawDifference == null
                || extrapolatedDifference == null
                || rawDifference.value().signum() != 0
                || extrapolatedDifference.value().signum() != 0;
    }
}
