package org.mutualis.analysis.domain;

import org.jspecify.annotations.Nullable;
import org.mutualis.shared.CollectivityKind;

/** A collectivité of the territory as the analysis sees it. Population is null for non-communes. */
public record AnalysisUnit(
        String code,
        String name,
        CollectivityKind kind,
        @Nullable Integer population) {}
