package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;

/** The units of one service recorded for one collectivité over the year (zero or more). */
public record RecordedUnits(String collectivityCode, BigDecimal units) {}
