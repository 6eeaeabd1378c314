package org.mutualis.servicefinance;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A service's unit cost for a year, to compute and record: the service (of the territory's
 * catalogue) and the year (both fixed once recorded), the administrative accounts' year (N − 1, or
 * N − 2 while N − 1's are not voted), the accounts' charge lines, the budget's updates by category,
 * and the {@code version} read when changing it. The forecast units are not typed: they are the sum
 * of the forecasts of the conventions in force that year that subscribe to the service.
 */
public record UnitCostForm(
        @Nullable Long serviceId,
        @Nullable Integer year,
        @Nullable Integer accountsYear,
        @Nullable List<ChargeLineForm> charges,
        @Nullable List<BudgetUpdateForm> updates,
        @Nullable Long version) {}
