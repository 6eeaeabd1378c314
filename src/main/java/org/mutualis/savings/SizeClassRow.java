package org.mutualis.savings;

import org.jspecify.annotations.Nullable;

/**
 * A size class as typed: a population range (as the form formatters read numbers, {@code 2 000}),
 * or named collectivités (codes separated by commas or spaces), or both (named ones are classified
 * first).
 */
public record SizeClassRow(
        @Nullable String code,
        @Nullable String label,
        @Nullable Integer minPopulation,
        @Nullable Integer maxPopulation,
        @Nullable String collectivityCodes) {

    boolean blank() {
        return isBlank(code)
                && isBlank(label)
                && minPopulation == null
                && maxPopulation == null
                && isBlank(collectivityCodes);
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
