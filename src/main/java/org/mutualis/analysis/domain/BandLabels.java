package org.mutualis.analysis.domain;

import java.util.List;

/** French labels of the population bands: {@code < 1 000 hab.}, {@code 1 000 – 4 999 hab.}, {@code ≥ 5 000 hab.} */
final class BandLabels {

    private BandLabels() {}

    static String label(List<Integer> thresholds, int band) {
        if (thresholds.isEmpty()) {
            return "Toutes les communes";
        }
        if (band == 0) {
            return "< " + group(thresholds.get(0)) + " hab.";
        }
        if (band == thresholds.size()) {
            return "≥ " + group(thresholds.get(band - 1)) + " hab.";
        }
        return group(thresholds.get(band - 1)) + " – " + group(thresholds.get(band) - 1L) + " hab.";
    }

    /** Thousands grouped with a plain space (1 000), independent of the JVM locale. */
    static String group(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder text = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                text.append(' ');
            }
            text.append(digits.charAt(i));
        }
        return (n < 0 ? "-" : "") + text;
    }
}
