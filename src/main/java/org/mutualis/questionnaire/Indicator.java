package org.mutualis.questionnaire;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.Aggregation;

/**
 * A measured quantity of the census, shared by every questionnaire version that asks for it, so
 * that answers to different versions still add up.
 *
 * @param unit the unit shown next to values ({@code postes}, {@code ans}, {@code € HT}, {@code €
 *     HT/mois}); may be empty for choices, texts and dates
 * @param shareGroup for {@link Aggregation#SHARE}: the group it belongs to ({@code os}, {@code
 *     office})
 * @param weightIndicator for {@link Aggregation#MEAN_VALUE}: the count that weights the
 *     device-weighted mean (desktops for the mean desktop cost), or null
 * @param plausibleMin values below are data-quality warnings, not errors (null: no bound)
 * @param plausibleMax values above are data-quality warnings, not errors (null: no bound)
 * @param choices the allowed answers of a {@link Aggregation#CHOICE}, empty otherwise
 */
public record Indicator(
        String code,
        String labelFr,
        String labelEn,
        String unit,
        Aggregation aggregation,
        @Nullable String shareGroup,
        @Nullable String weightIndicator,
        @Nullable BigDecimal plausibleMin,
        @Nullable BigDecimal plausibleMax,
        List<String> choices) {

    public Indicator {
        choices = List.copyOf(choices);
    }

    /** Whether answers are whole numbers (counts, shares, ranks). */
    public boolean integer() {
        return switch (aggregation) {
            case COUNT, SHARE, RANK -> true;
            default -> false;
        };
    }

    /** Whether answers are numbers at all. */
    public boolean numeric() {
        return switch (aggregation) {
            case COUNT, SHARE, RANK, AMOUNT, MEAN_VALUE -> true;
            default -> false;
        };
    }
}
