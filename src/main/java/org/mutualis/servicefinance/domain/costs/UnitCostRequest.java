package org.mutualis.servicefinance.domain.costs;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a unit cost is computed from, for one service and one year.
 *
 * @param serviceCode the service of the catalogue (« assistance », « sauvegarde »)
 * @param unit the unit of operation, as the catalogue names it (« ticket », « heure d’intervention »)
 * @param year the year the unit cost is for (N)
 * @param accountsYear the year of the administrative accounts used: N − 1, or N − 2 while N − 1's
 *     accounts are not yet voted (they are by 30 June of N)
 * @param charges the accounts' expenses charged to the service
 * @param updates the year's budget forecasts, at most one per category (each replaces the accounts'
 *     total of its category)
 * @param forecastUnits the total forecast use of the service in units, from the conventions (the
 *     sum of the beneficiaries' forecasts and the provider's own); null when none is known
 */
public record UnitCostRequest(
        String serviceCode,
        String unit,
        int year,
        int accountsYear,
        List<ChargeLine> charges,
        List<BudgetUpdate> updates,
        @Nullable BigDecimal forecastUnits) {

    public UnitCostRequest {
        charges = List.copyOf(charges);
        updates = List.copyOf(updates);
    }
}
