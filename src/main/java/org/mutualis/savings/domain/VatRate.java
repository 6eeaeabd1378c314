package org.mutualis.savings.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A VAT rate in percent, valid from a date until the next rate's date. */
public record VatRate(LocalDate validFrom, BigDecimal percent) {}
