package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;

/**
 * One use on a statement: its units × the unit cost of its service and year.
 *
 * @param exact units × unit cost, unrounded
 * @param amount euros HT to the cent; the lines of one service sum to the service's total exactly
 *     (largest remainder)
 */
public record StatementLine(Use use, BigDecimal unitCost, BigDecimal exact, BigDecimal amount) {}
