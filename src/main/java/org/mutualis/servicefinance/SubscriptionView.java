package org.mutualis.servicefinance;

import java.math.BigDecimal;
import org.mutualis.servicefinance.domain.UnitOfOperation;

/** A service a convention subscribes to, with its forecast use in units of operation (more than zero). */
public record SubscriptionView(
        long serviceId, String serviceLabel, UnitOfOperation unit, boolean retired, BigDecimal forecastUnits) {}
