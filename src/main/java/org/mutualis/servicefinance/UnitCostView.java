package org.mutualis.servicefinance;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.mutualis.servicefinance.domain.UnitOfOperation;
import org.mutualis.servicefinance.domain.costs.BudgetUpdate;
import org.mutualis.servicefinance.domain.costs.ChargeLine;
import org.mutualis.servicefinance.domain.costs.UnitCost;

/**
 * A recorded unit cost that explains itself: the inputs as saved (the accounts' lines, the
 * budget's updates, the forecast units of the conventions then in force), the computation
 * ({@code computed}: categories with accounts and budget amounts, formula, notes — the excluded
 * expenses and the article), the value billed, and the conventions forecasting today ({@code
 * forecastNow}; {@code forecastChanged} when their total moved since it was computed: save it again).
 */
public record UnitCostView(
        long id,
        long territoryId,
        long serviceId,
        String serviceCode,
        String serviceLabel,
        UnitOfOperation unit,
        int year,
        int accountsYear,
        List<ChargeLine> charges,
        List<BudgetUpdate> updates,
        UnitCost computed,
        BigDecimal value,
        ServiceForecast forecastNow,
        boolean forecastChanged,
        LocalDateTime computedAt,
        int version) {}
