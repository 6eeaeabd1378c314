package org.mutualis.analysis.domain;

import java.util.List;

/** Totals of an additive indicator (COUNT, AMOUNT or a SHARE member). */
public record CountResult(
        IndicatorSpec indicator,
        Figure raw,
        Figure extrapolated,
        int respondents,
        List<String> notCommunicated,
        List<String> unanswered,
        List<String> excluded) {}
