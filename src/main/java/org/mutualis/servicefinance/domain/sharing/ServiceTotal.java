package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;
import org.mutualis.shared.text.Text;

/**
 * One service's total on a statement.
 *
 * @param exact units × unit cost, unrounded
 * @param amount euros HT to the cent: the exact amount rounded half up on a statement of its own;
 *     on the territory's statements, this collectivité's part of the territory's total
 *     ({@link TerritoryReimbursements})
 */
public record ServiceTotal(
        String serviceCode,
        int year,
        BigDecimal units,
        BigDecimal unitCost,
        BigDecimal exact,
        BigDecimal amount,
        Text formula) {}
