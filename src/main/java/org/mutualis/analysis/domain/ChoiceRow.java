package org.mutualis.analysis.domain;

import java.math.BigDecimal;

/**
 * One answer of a yes/no or choice indicator: how many collectivités gave it, raw and
 * extrapolated, and its share of those that answered (percentages, scale 2).
 *
 * @param value the answer as stored: {@code oui}, {@code non}, or the choice code
 */
public record ChoiceRow(String value, Figure raw, Figure extrapolated, Figure rawShare, Figure extrapolatedShare) {

    public BigDecimal rawPercent() {
        return rawShare.value();
    }

    public BigDecimal extrapolatedPercent() {
        return extrapolatedShare.value();
    }
}
