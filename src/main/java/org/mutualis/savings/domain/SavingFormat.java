package org.mutualis.savings.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How savings write their numbers in formulas: plain decimals, euros to the cent for totals. */
public final class SavingFormat {

    private SavingFormat() {}

    public static String number(BigDecimal value) {
        return value.toPlainString();
    }

    /** A euro amount shown to the cent (the figure's value itself stays exact). */
    public static String euros(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A negative value in a formula gets parentheses so that {@code a − (−b)} reads right. */
    static String operand(BigDecimal value) {
        return value.signum() < 0 ? "(" + number(value) + ")" : number(value);
    }
}
