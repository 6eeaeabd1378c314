package org.mutualis.territory.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Official identifiers and the text folding used to compare names typed by people. */
public final class Codes {

    /** INSEE code of a commune: five digits, or 2A/2B and three digits for Corsica. */
    private static final Pattern INSEE = Pattern.compile("\\d{5}|2[AB]\\d{3}");

    private static final Pattern SIREN = Pattern.compile("\\d{9}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Codes() {}

    public static boolean isInsee(String code) {
        return INSEE.matcher(code).matches();
    }

    public static boolean isSiren(String code) {
        return SIREN.matcher(code).matches();
    }

    /** Trims and upper-cases, so that "2a004 " and "2A004" are the same commune. */
    public static String clean(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * Folds case, accents and punctuation: "Saint-Thégonnec" and "saint thegonnec" compare equal,
     * because people type names without accents or hyphens.
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String lower = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_ALNUM.matcher(lower).replaceAll(" ").trim();
    }
}
