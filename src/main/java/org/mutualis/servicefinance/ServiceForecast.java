package org.mutualis.servicefinance;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The forecast total units of one service for a year: the sum of the forecasts of the conventions
 * in force that year (a day of their term within it) that subscribe to it; null when none does (no
 * unit cost can then be computed, D5211-16).
 */
public record ServiceForecast(
        long serviceId, int year, @Nullable BigDecimal total, List<ForecastSource> sources) {

    public ServiceForecast {
        sources = List.copyOf(sources);
    }
}
