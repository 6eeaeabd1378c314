package org.mutualis.spreadsheet;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number texts of spreadsheet cells. */
final class Numbers {

    /** What a spreadsheet stores exactly in a double; beyond, digits are float noise. */
    private static final MathContext SPREADSHEET_DIGITS = new MathContext(15);

    private Numbers() {}

    /** {@code 12} not {@code 12.0}, {@code 1000} not {@code 1E+3}. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /**
     * A double read from a spreadsheet, as the person typed it: {@code 903.83} and not
     * {@code 903.8299999999999}, {@code 0.3} and not {@code 0.30000000000000004}.
     */
    static String fromDouble(double value) {
        return plain(BigDecimal.valueOf(value).round(SPREADSHEET_DIGITS));
    }

    /** The stored text of a numeric cell ({@code office:value}, an XLSX {@code <v>}). */
    static String fromStored(String stored) {
        try {
            return plain(new BigDecimal(stored.trim()).round(SPREADSHEET_DIGITS));
        } catch (NumberFormatException e) {
            return stored.trim();
        }
    }

    /** Whether a double holds this decimal exactly enough to write it as a number cell. */
    static boolean fitsDouble(BigDecimal value) {
        return value.stripTrailingZeros().precision() <= 15;
    }
}
