package org.mutualis.analysis.domain;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stratum of the representativity table.
 *
 * @param code {@code band-0}, {@code band-1}... for population bands, {@code epci}, {@code other}
 * @param label e.g. {@code < 1 000 hab.}, {@code 1 000 – 4 999 hab.}, {@code ≥ 5 000 hab.}
 * @param weight members ÷ respondents, null when nobody in the stratum answered
 */
public record Stratum(
        String code,
        String label,
        List<String> memberCodes,
        List<String> respondentCodes,
        long population,
        @Nullable BigDecimal weight,
        Figure weightFigure) {

    public int members() {
        return memberCodes.size();
    }

    public int respondents() {
        return respondentCodes.size();
    }
}
