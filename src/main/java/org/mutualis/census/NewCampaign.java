package org.mutualis.census;

import java.time.LocalDate;

/** What it takes to open a campaign. */
public record NewCampaign(
        long territoryId,
        String theme,
        int questionnaireVersion,
        String name,
        LocalDate censusDate,
        BandSettings bands) {}
