package org.mutualis.savings.domain;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A size class for savings: the collectivités named in {@code collectivityCodes}, or else those
 * whose population lies within the bounds (inclusive; a missing bound is open).
 */
public record SizeClass(
        String code,
        String label,
        @Nullable Integer minPopulation,
        @Nullable Integer maxPopulation,
        Set<String> collectivityCodes) {

    public SizeClass {
        // Sorted: Set.copyOf's order changes from one run to the next, and so would the API's.
        collectivityCodes = Collections.unmodifiableSortedSet(new TreeSet<>(collectivityCodes));
    }

    public static SizeClass byPopulation(String code, String label, int min, int max) {
        return new SizeClass(code, label, min, max, Set.of());
    }

    public static SizeClass named(String code, String label, Set<String> collectivityCodes) {
        return new SizeClass(code, label, null, null, collectivityCodes);
    }

    boolean names(String collectivityCode) {
        return collectivityCodes.contains(collectivityCode);
    }

    boolean containsPopulation(int population) {
        if (minPopulation == null && maxPopulation == null) {
            return false;
        }
        return (minPopulation == null || population >= minPopulation)
                && (maxPopulation == null || population <= maxPopulation);
    }
}
