package org.mutualis.servicefinance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A convention in force in the year that subscribes to the service, and the units it forecasts. */
public record ForecastSource(
        long conventionId,
        long collectivityId,
        String collectivityName,
        LocalDate signedOn,
        LocalDate renewalOn,
        BigDecimal forecastUnits) {}
