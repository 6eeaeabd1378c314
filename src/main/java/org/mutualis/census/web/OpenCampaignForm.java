package org.mutualis.census.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The "open a campaign" form; the study's strata and lifespans are the defaults. */
public record OpenCampaignForm(
        long territoryId,
        String name,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate censusDate,

        String thresholds,
        String lifespans,
        BigDecimal otherLifespan) {

    static OpenCampaignForm defaults() {
        return new OpenCampaignForm(0, "", LocalDate.now(), "1000,5000", "8,5,5", BigDecimal.valueOf(5));
    }
}
