package org.mutualis.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * How many collectivités an extrapolated figure rests on: « extrapolé à partir de 8 réponses sur
 * 29, 62 % de la population ». Below {@link #LOW_RATE_PERCENT} % of the collectivités or of the
 * population the rate is low, and the pages say so beside the figure.
 *
 * @param respondents collectivités whose answer enters the figure
 * @param collectivities collectivités of the territory (communes déléguées left out)
 * @param populationPercent the respondents' share of the territory's population, 0–100; null when
 *     the reader may not know who answered (a correspondent: the population would tell who)
 */
public record ResponseRate(
        int respondents, int collectivities, @Nullable BigDecimal populationPercent) {

    /** A response rate under this percentage, of collectivités or of population, is low. */
    public static final int LOW_RATE_PERCENT = 50;

    /** The respondents' share of the collectivités, 0–100 (0 when the territory is empty). */
    public BigDecimal collectivityPercent() {
        return collectivities == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(100L * respondents)
                        .divide(BigDecimal.valueOf(collectivities), 1, RoundingMode.HALF_UP);
    }

    /** Whether fewer than {@link #LOW_RATE_PERCENT} % of the collectivités or of the population answered. */
    public boolean low() {
        BigDecimal threshold = BigDecimal.valueOf(LOW_RATE_PERCENT);
        return collectivityPercent().compareTo(threshold) < 0
                || (populationPercent != null && populationPercent.compareTo(threshold) < 0);
    }

    /** The share of {@code part} in {@code whole}, in percent with one decimal; 0 when whole is 0. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
