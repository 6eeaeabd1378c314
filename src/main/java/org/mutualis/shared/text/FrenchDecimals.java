package org.mutualis.shared.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way to read and write a decimal as French people type it: {@code 12,5}, {@code 12.5},
 * {@code 1 234,50}, {@code 1 234,50 €} (normal, no-break, narrow no-break or thin spaces between
 * groups of three digits). Anything else is refused rather than guessed: {@code 1,234.5},
 * {@code 1.234,5}, {@code 1e3}, {@code 12 5} or {@code 12,5 $} never become a number.
 */
public final class FrenchDecimals {

    /** A sign, the integer part (grouped by three or not), a decimal part after a comma or a point. */
    private static final Pattern NUMBER =
            Pattern.compile("([+\\-\u2212]?)(\\d{1,3}(?: \\d{3})+|\\d+)(?:[.,](\\d+))?(?: ?€)?");

    private FrenchDecimals() {}

    /**
     * @throws NumberFormatException when the text is not a decimal as above (blank included)
     */
    public static BigDecimal parse(String text) {
        String spaced =
                text.strip().replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ');
        Matcher m = NUMBER.matcher(spaced);
        if (!m.matches()) {
            throw new NumberFormatException("Not a French decimal: " + text);
        }
        String sign = m.group(1).isEmpty() || m.group(1).equals("+") ? "" : "-";
        String integer = m.group(2).replace(" ", "");
        String decimals = m.group(3);
        return new BigDecimal(sign + integer + (decimals == null ? "" : "." + decimals));
    }

    /**
     * A whole number typed the same way ({@code 12 500}); {@code 12,5} is refused, not rounded.
     *
     * @throws NumberFormatException when the text is not a whole number that fits an {@code int}
     */
    public static int parseWhole(String text) {
        try {
            return parse(text).intValueExact();
        } catch (ArithmeticException e) {
            throw new NumberFormatException("Not a whole number: " + text);
        }
    }

    /** The decimal, or empty when the text is not one (or blank). */
    public static Optional<BigDecimal> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** As typed back in a form: {@code 12,5}, {@code 1 234,5}, {@code 5 000 000}; no trailing zeros. */
    public static String format(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return grouped(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    /** Money: two decimals and the euro sign, {@code 1 234,50 €}. */
    public static String euros(BigDecimal value) {
        return grouped(value.setScale(2, RoundingMode.HALF_UP)) + " €";
    }

    private static String grouped(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        String integer = point < 0 ? plain : plain.substring(0, point);
        StringBuilder out = new StringBuilder(value.signum() < 0 ? "-" : "");
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append(' ');
            }
            out.append(integer.charAt(i));
        }
        return point < 0
                ? out.toString()
                : out.append(',').append(plain.substring(point + 1)).toString();
    }
}
