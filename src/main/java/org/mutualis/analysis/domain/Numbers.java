package org.mutualis.analysis.domain;

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
        int digits = exactDigits(a, b);
        if (digits < 0) {
            return clean(a.divide(b, SCALE, RoundingMode.HALF_UP));
        }
        // The exact quotient has this scale; dividing at it is cheaper than BigDecimal's own search.
        int scale = Math.max(0, digits + a.scale() - b.scale());
        return clean(a.divide(b, scale, RoundingMode.UNNECESSARY));
    }

    /** Whether a ÷ b has a finite decimal expansion. */
    static boolean terminates(BigDecimal a, BigDecimal b) {
        return exactDigits(a, b) >= 0;
    }

    /**
     * The number of decimals of unscaled(a) ÷ unscaled(b), or -1 when it does not terminate: once
     * the fraction is reduced, its denominator must be 2^x·5^y, and then max(x, y) digits suffice.
     * Checked up front because {@code BigDecimal.divide} would signal it with a costly exception;
     * answers are small numbers, hence the {@code long} path.
     */
    private static int exactDigits(BigDecimal a, BigDecimal b) {
        BigInteger num = a.unscaledValue();
        BigInteger den = b.unscaledValue();
        if (den.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (num.signum() == 0) {
            return 0;
        }
        if (num.bitLength() < 63 && den.bitLength() < 63) {
            long d = Math.abs(den.longValue());
            d /= gcd(Math.abs(num.longValue()), d);
            int twos = Long.numberOfTrailingZeros(d);
            d >>= twos;
            int fives = 0;
            while (d % 5 == 0) {
                d /= 5;
                fives++;
            }
            return d == 1 ? Math.max(twos, fives) : -1;
        }
        BigInteger d = den.abs().divide(num.gcd(den));
        int twos = d.getLowestSetBit();
        d = d.shiftRight(twos);
        int fives = 0;
        while (d.mod(FIVE).signum() == 0) {
            d = d.divide(FIVE);
            fives++;
        }
        return d.equals(BigInteger.ONE) ? Math.max(twos, fives) : -1;
    }

    private static long gcd(long x, long y) {
        while (y != 0) {
            long r = x % y;
            x = y;
            y = r;
        }
        return x;
    }

    /** Strips trailing zeros without ever going to a negative scale (10, not 1E+1). */
    static BigDecimal clean(BigDecimal x) {
        BigDecimal stripped = x.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The number as a formula shows it: plain digits, no exponent, no trailing zeros. */
    static String plain(BigDecimal x) {
        if (x.scale() == 0 && x.precision() < 19) {
            return Long.toString(x.longValue()); // most answers are small integers: the fast path
        }
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
