package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One use of the service (recours au service), converted into units of operation.
 *
 * @param source the line it comes from, traceable (« ticket n° 123 », « session de formation 4 »,
 *     « saisie manuelle : … »)
 * @param units the units of operation it counts, more than zero
 */
public record Use(LocalDate date, String serviceCode, String source, BigDecimal units) {}
