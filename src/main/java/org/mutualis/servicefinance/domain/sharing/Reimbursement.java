package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;

/**
 * One collectivité's reimbursement for one service.
 *
 * @param exact units × unit cost, unrounded
 * @param amount euros HT to the cent: {@code exact} rounded down or up so that the territory's
 *     amounts sum to its rounded total
 */
public record Reimbursement(String collectivityCode, BigDecimal units, BigDecimal exact, BigDecimal amount) {}
