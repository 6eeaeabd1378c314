package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;

/** What the collectivité pays the service centre for the year (a statement's total, a subscription). */
public record ServiceCharge(String source, BigDecimal amount) {}
