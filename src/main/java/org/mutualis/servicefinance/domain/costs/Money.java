package org.mutualis.servicefinance.domain.costs;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The roundings of the money side, written once: money in euros HT to the cent, the unit cost to
 * four decimals, both half up (arrondi commercial). Divisions are rounded once, from the exact
 * quotient ({@link BigDecimal#divide(BigDecimal, int, RoundingMode)}), never through a rounded
 * intermediate.
 */
public final class Money {

    /** Decimals of an amount in euros. */
    public static final int MONEY_SCALE = 2;

    /** Decimals of a unit cost in euros per unit. */
    public static final int UNIT_COST_SCALE = 4;

    /** Decimals shown for an exact share (never used for a sum). */
    public static final int EXACT_SCALE = 6;

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public static final BigDecimal CENT = new BigDecimal("0.01");

    private Money() {}

    /** To the cent, half up. */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(MONEY_SCALE, ROUNDING);
    }
}
