package org.mutualis.analysis.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Means and range of a mean-type indicator; every figure is null when nobody gave a value. */
public record MeanResult(
        IndicatorSpec indicator,
        @Nullable Figure simpleMean,
        @Nullable Figure weightedMean,
        @Nullable Figure min,
        @Nullable Figure max,
        int respondents,
        List<String> notCommunicated,
        List<String> excluded) {}
