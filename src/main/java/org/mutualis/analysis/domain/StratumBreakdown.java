package org.mutualis.analysis.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An indicator split by stratum, one cell per stratum of the synthesis in its order. The
 * extrapolated cells add up to the indicator's extrapolated total (or the value's extrapolated
 * count).
 *
 * @param value for a yes/no or choice indicator, the answer counted; null for a count or amount
 */
public record StratumBreakdown(
        IndicatorSpec indicator, @Nullable String value, List<StratumCell> cells) {}
