package org.mutualis.savings;

import org.jspecify.annotations.Nullable;

/**
 * A size class as typed: a population range, or named collectivités (codes separated by commas
 * or spaces), or both (named ones are classified first).
 */
public record SizeClassRow(
        @Nullable String code,
        @Nullable String label,
        @Nullable String minPopulation,
        @Nullable String maxPopulation,
        @Nullable String collectivityCodes) {

    boolean blank() {
        return isBlank(code)
                && isBlank(label)
                && isBlank(minPopulation)
                && isBlank(maxPopulation)
                && isBlank(collectivityCodes);
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
