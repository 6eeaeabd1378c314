package org.mutualis.questionnaire;

import org.jspecify.annotations.Nullable;

/** A renewal forecast: count ÷ lifespan per year, in units and, with a cost, in euros HT. */
public record RenewalDef(
        String code,
        String labelFr,
        String labelEn,
        String countIndicator,
        String lifespanIndicator,
        @Nullable String costIndicator) {}
