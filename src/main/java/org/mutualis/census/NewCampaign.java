package org.mutualis.census;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What it takes to open a campaign; the themes run their latest questionnaire unless said. */
public record NewCampaign(
        long territoryId,
        List<ThemeVersion> themes,
        String name,
        LocalDate censusDate,
        @Nullable LocalDate opensOn,
        @Nullable LocalDate closesOn,
        BandSettings bands) {

    public NewCampaign {
        themes = List.copyOf(themes);
    }

    /** One theme, no opening or closing date: the 2012 way. */
    public static NewCampaign of(
            long territoryId, String theme, int version, String name, LocalDate censusDate, BandSettings bands) {
        return new NewCampaign(
                territoryId, List.of(new ThemeVersion(theme, version)), name, censusDate, null, null, bands);
    }
}
