package org.mutualis.servicefinance.domain.costs;

import java.math.BigDecimal;

/**
 * One expense of the administrative accounts (compte administratif) charged to the service.
 *
 * @param category its D5211-16 category
 * @param account the account or line it comes from, as the accounts name it (« 6411 Personnel titulaire »)
 * @param amount euros HT, zero or more
 */
public record ChargeLine(ChargeCategory category, String account, BigDecimal amount) {}
