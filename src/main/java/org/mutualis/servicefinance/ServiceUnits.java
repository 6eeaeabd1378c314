package org.mutualis.servicefinance;

import java.math.BigDecimal;
import org.mutualis.servicefinance.domain.UnitOfOperation;

/** The units of one service recorded for a collectivité over the year, and how many lines they sum. */
public record ServiceUnits(
        long serviceId, String serviceCode, String serviceLabel, UnitOfOperation unit, BigDecimal total, int lines) {}
