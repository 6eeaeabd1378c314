package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.text.Text;

/**
 * A member's cost under one alternative.
 *
 * @param amount euros HT; null when it cannot be known (a workstation count not communicated)
 * @param differenceFromUnits {@code amount} − the cost under D5211-16 units (positive: it would pay
 *     more); null when {@code amount} is
 * @param formula the member's computation with its numbers
 */
public record AlternativeCost(
        Alternative alternative,
        @Nullable BigDecimal amount,
        @Nullable BigDecimal differenceFromUnits,
        Text formula) {}
