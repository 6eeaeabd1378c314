package org.mutualis.shared.text;

import java.math.BigDecimal;

/** Amounts read back from numeric columns. */
public final class Amounts {

    private Amounts() {}

    /** As entered: the column's four decimals would otherwise show in every formula. */
    public static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
