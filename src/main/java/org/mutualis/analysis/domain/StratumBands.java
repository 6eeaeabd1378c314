package org.mutualis.analysis.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Population bands of the communes and the default lifespan used when a collectivité's lifespan
 * is NC. Thresholds {@code [1000, 5000]} give the study's bands {@code <1000}, {@code 1000–4999},
 * {@code ≥5000}; the EPCI administration is always a stratum of its own, and so are other bodies.
 *
 * @param thresholds strictly increasing lower bounds of the bands after the first
 * @param defaultLifespans one per band (thresholds.size() + 1 values), in years
 * @param otherDefaultLifespan default lifespan for the EPCI administration and other bodies
 */
public record StratumBands(
        List<Integer> thresholds, List<BigDecimal> defaultLifespans, BigDecimal otherDefaultLifespan) {

    /** The 2012 study: <1,000 (8 years), 1,000–4,999 and ≥5,000 (5 years), EPCI 5 years. */
    public static StratumBands study2012() {
        return new StratumBands(
                List.of(1000, 5000),
                List.of(BigDecimal.valueOf(8), BigDecimal.valueOf(5), BigDecimal.valueOf(5)),
                BigDecimal.valueOf(5));
    }
}
