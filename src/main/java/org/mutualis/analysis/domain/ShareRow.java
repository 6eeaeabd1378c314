package org.mutualis.analysis.domain;

import java.math.BigDecimal;

/** One member of a share group; shares are percentages (scale 2), 0 when the group total is 0. */
public record ShareRow(CountResult totals, Figure rawShare, Figure extrapolatedShare) {

    public BigDecimal rawPercent() {
        return rawShare.value();
    }

    public BigDecimal extrapolatedPercent() {
        return extrapolatedShare.value();
    }
}
