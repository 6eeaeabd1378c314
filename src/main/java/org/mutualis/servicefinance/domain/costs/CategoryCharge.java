package org.mutualis.servicefinance.domain.costs;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One admitted category in a unit cost: what the accounts say, what the budget says, and what was
 * retained.
 *
 * @param accounts the sum of the accounts' lines of the category, euros HT
 * @param budget the budget's forecast for the category, when it updates it; null otherwise
 * @param retained {@code budget} when there is one, else {@code accounts}
 * @param lines how many lines of the accounts the category sums
 */
public record CategoryCharge(
        ChargeCategory category,
        BigDecimal accounts,
        @Nullable BigDecimal budget,
        BigDecimal retained,
        int lines,
        @Nullable String budgetReason) {}
