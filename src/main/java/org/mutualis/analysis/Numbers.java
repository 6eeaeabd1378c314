package org.mutualis.analysis;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/** BigDecimal arithmetic shared by the synthesis: money and counts never go through double. */
final class Numbers {

    /** Digits kept when a quotient does not terminate (7 ÷ 3); the interface rounds for display. */
    static final int SCALE = 10;

    private static final BigInteger FIVE = BigInteger.valueOf(5);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {}

    /**
     * a ÷ b, exact when the quotient terminates (12 ÷ 1, 73.825) so that study figures come back
     * clean, otherwise rounded HALF_UP to {@link #SCALE} decimals. The caller guarantees b ≠ 0.
     */
    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        if (terminates(a, b)) {
            return clean(a.divide(b));
        }
        return clean(a.divide(b, SCALE, RoundingMode.HALF_UP));
    }

    /**
     * Whether a ÷ b has a finite decimal expansion: once the fraction of the unscaled values is
     * reduced, the denominator must only hold factors 2 and 5. Checked up front because
     * {@code BigDecimal.divide} would otherwise signal it with a costly exception.
     */
    static boolean terminates(BigDecimal a, BigDecimal b) {
        if (a.signum() == 0) {
            return true;
        }
        BigInteger den = b.unscaledValue().abs();
        den = den.divide(a.unscaledValue().gcd(den));
        den = den.shiftRight(den.getLowestSetBit());
        while (den.mod(FIVE).signum() == 0) {
            den = den.divide(FIVE);
        }
        return den.equals(BigInteger.ONE);
    }

    /** Strips trailing zeros without ever going to a negative scale (10, not 1E+1). */
    static BigDecimal clean(BigDecimal x) {
        BigDecimal stripped = x.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The number as a formula shows it: plain digits, no exponent, no trailing zeros. */
    static String plain(BigDecimal x) {
        return clean(x).toPlainString();
    }

    /** part ÷ total × 100 at scale 2; 0 for an empty group, so that a share never divides by 0. */
    static BigDecimal percent(BigDecimal part, BigDecimal total) {
        if (total.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return part.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            total = total.add(v);
        }
        return total;
    }

    /** "a + b + c", or "0" when nothing was added, so a formula is never empty. */
    static String joinSum(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return "0";
        }
        StringBuilder text = new StringBuilder();
        for (BigDecimal v : values) {
            if (text.length() > 0) {
                text.append(" + ");
            }
            text.append(plain(v));
        }
        return text.toString();
    }
}
