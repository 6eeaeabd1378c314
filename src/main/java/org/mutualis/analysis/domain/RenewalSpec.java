package org.mutualis.analysis.domain;

import org.jspecify.annotations.Nullable;

/** A renewal forecast: count ÷ lifespan per year, in units and (with a cost indicator) in euros. */
public record RenewalSpec(
        String code,
        String label,
        String countIndicator,
        String lifespanIndicator,
        @Nullable String costIndicator) {}
