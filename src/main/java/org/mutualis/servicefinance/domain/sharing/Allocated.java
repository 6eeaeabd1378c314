package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;

/**
 * One party's part of an allocated total.
 *
 * @param exact total × weight ÷ Σ weights, to {@code Money.EXACT_SCALE} decimals (for reading only)
 * @param amount the part in euros, to the cent: the exact part rounded down, plus one cent if its
 *     remainder was among the largest
 * @param extraCent whether the party received one of the cents left over after rounding down
 */
public record Allocated<K>(K key, BigDecimal weight, BigDecimal exact, BigDecimal amount, boolean extraCent) {}
