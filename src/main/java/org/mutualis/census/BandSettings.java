package org.mutualis.census;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.FrenchDecimals;

/**
 * A campaign's representativity settings: population band thresholds and the default lifespan
 * (years) of each band, used when a collectivité's lifespan is NC; the EPCI and other bodies use
 * {@code otherDefaultLifespan}.
 */
public record BandSettings(
        List<Integer> thresholds, List<BigDecimal> defaultLifespans, BigDecimal otherDefaultLifespan) {

    public BandSettings {
        thresholds = List.copyOf(thresholds);
        defaultLifespans = List.copyOf(defaultLifespans);
        for (int i = 0; i < thresholds.size(); i++) {
            if (thresholds.get(i) <= 0 || (i > 0 && thresholds.get(i) <= thresholds.get(i - 1))) {
                throw new RejectedException("census.bands.thresholds");
            }
        }
        if (defaultLifespans.size() != thresholds.size() + 1) {
            throw new RejectedException("census.bands.lifespans", String.valueOf(thresholds.size() + 1));
        }
        for (BigDecimal lifespan : defaultLifespans) {
            requirePositive(lifespan);
        }
        requirePositive(otherDefaultLifespan);
        // What the campaign row keeps: two varchar(100) lists and a numeric(6, 2).
        if (joined(thresholds.stream().map(String::valueOf)).length() > TEXT_LENGTH
                || joined(defaultLifespans.stream().map(BigDecimal::toPlainString))
                                .length()
                        > TEXT_LENGTH) {
            throw new RejectedException("census.bands.long", String.valueOf(TEXT_LENGTH));
        }
        for (BigDecimal lifespan : defaultLifespans) {
            requireAtMost(lifespan);
        }
        requireAtMost(otherDefaultLifespan);
    }

    /** Characters of the thresholds and of the lifespans, as the campaign stores them. */
    static final int TEXT_LENGTH = 100;

    /** Years: a lifespan beyond is a typing slip (and the column holds 9,999.99 at most). */
    static final BigDecimal MAX_LIFESPAN = BigDecimal.valueOf(100);

    /** The 2012 study: <1,000 (8 years), 1,000–4,999 (5), ≥5,000 (5), EPCI 5. */
    public static BandSettings study2012() {
        return new BandSettings(
                List.of(1000, 5000),
                List.of(BigDecimal.valueOf(8), BigDecimal.valueOf(5), BigDecimal.valueOf(5)),
                BigDecimal.valueOf(5));
    }

    /** Parses {@code "1000,5000"} and {@code "8,5,5"} (comma-separated; a lifespan may be {@code 7.5}). */
    public static BandSettings parse(
            @Nullable String thresholds, @Nullable String lifespans, @Nullable BigDecimal other) {
        if (thresholds == null || lifespans == null || other == null) {
            // A form or a client that leaves a field out: said, not a NullPointerException.
            throw new RejectedException("census.bands.missing");
        }
        try {
            List<Integer> t = thresholds.isBlank()
                    ? List.of()
                    : Arrays.stream(thresholds.split(","))
                            .map(FrenchDecimals::parseWhole)
                            .toList();
            List<BigDecimal> l = Arrays.stream(lifespans.split(","))
                    .map(FrenchDecimals::parse)
                    .toList();
            return new BandSettings(t, l, other);
        } catch (NumberFormatException e) {
            throw new RejectedException(
                    "census.bands.unreadable", String.valueOf(thresholds), String.valueOf(lifespans));
        }
    }

    public String thresholdsText() {
        return joined(thresholds.stream().map(String::valueOf));
    }

    public String lifespansText() {
        return joined(defaultLifespans.stream().map(BigDecimal::toPlainString));
    }

    private static String joined(java.util.stream.Stream<String> values) {
        return values.collect(Collectors.joining(","));
    }

    private static void requireAtMost(BigDecimal lifespan) {
        if (lifespan.compareTo(MAX_LIFESPAN) > 0) {
            throw new RejectedException("census.bands.lifespan.max", MAX_LIFESPAN.toPlainString());
        }
    }

    private static void requirePositive(BigDecimal lifespan) {
        if (lifespan.signum() <= 0) {
            throw new RejectedException("census.bands.lifespan");
        }
    }
}
