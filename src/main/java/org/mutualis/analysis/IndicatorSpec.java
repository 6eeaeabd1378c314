package org.mutualis.analysis;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.Aggregation;

/**
 * An indicator as the analysis needs it.
 *
 * @param shareGroup for {@link Aggregation#SHARE}: the group it belongs to (e.g. {@code os})
 * @param weightIndicator for {@link Aggregation#MEAN_VALUE}: the count weighting the device-weighted
 *     mean (e.g. desktops for the mean desktop cost), or null
 * @param plausibleMin values below are flagged as data-quality warnings (null: no bound)
 * @param plausibleMax values above are flagged as data-quality warnings (null: no bound)
 */
public record IndicatorSpec(
        String code,
        String label,
        String unit,
        Aggregation aggregation,
        @Nullable String shareGroup,
        @Nullable String weightIndicator,
        @Nullable BigDecimal plausibleMin,
        @Nullable BigDecimal plausibleMax) {}
