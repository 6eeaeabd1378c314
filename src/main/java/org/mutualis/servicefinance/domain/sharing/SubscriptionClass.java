package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A size class of the flat subscription: every collectivité whose population lies within the
 * bounds (both included; no upper bound when null) pays the annual fee.
 */
public record SubscriptionClass(
        String code,
        String label,
        int minPopulation,
        @Nullable Integer maxPopulation,
        BigDecimal annualFee) {

    public boolean contains(int population) {
        return population >= minPopulation && (maxPopulation == null || population <= maxPopulation);
    }
}
