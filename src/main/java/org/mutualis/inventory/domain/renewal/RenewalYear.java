package org.mutualis.inventory.domain.renewal;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One year of the plan: units per kind and cause, and what they cost.
 *
 * @param units machines per kind
 * @param forced of them, those the end of support brings forward
 * @param costHt units × the kind's mean cost, euros HT
 * @param costTtc the same with VAT
 * @param unpriced machines of a kind with no known mean cost (their euros are not in the totals: NC is not zero)
 */
public record RenewalYear(
        int year,
        Map<String, Long> units,
        Map<String, Long> forced,
        BigDecimal costHt,
        BigDecimal costTtc,
        long unpriced) {

    public RenewalYear {
        units = Map.copyOf(units);
        forced = Map.copyOf(forced);
    }

    public long totalUnits() {
        return units.values().stream().mapToLong(Long::longValue).sum();
    }
}
