package org.mutualis.analysis.domain;

import java.math.BigDecimal;
import java.util.List;
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
 * @param choices for {@link Aggregation#CHOICE}: the allowed answers in display order; empty when
 *     unknown (the values are then taken from the answers, in alphabetical order). Ignored for
 *     {@link Aggregation#YES_NO}, whose values are always {@code oui} then {@code non}.
 */
public record IndicatorSpec(
        String code,
        String label,
        String unit,
        Aggregation aggregation,
        @Nullable String shareGroup,
        @Nullable String weightIndicator,
        @Nullable BigDecimal plausibleMin,
        @Nullable BigDecimal plausibleMax,
        List<String> choices) {

    public IndicatorSpec {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** An indicator without a list of choices (every kind but {@link Aggregation#CHOICE}). */
    public IndicatorSpec(
            String code,
            String label,
            String unit,
            Aggregation aggregation,
            @Nullable String shareGroup,
            @Nullable String weightIndicator,
            @Nullable BigDecimal plausibleMin,
            @Nullable BigDecimal plausibleMax) {
        this(code, label, unit, aggregation, shareGroup, weightIndicator, plausibleMin, plausibleMax, List.of());
    }

    /** The same indicator with its allowed answers, in display order. */
    public IndicatorSpec withChoices(List<String> allowed) {
        return new IndicatorSpec(
                code, label, unit, aggregation, shareGroup, weightIndicator, plausibleMin, plausibleMax, allowed);
    }
}
