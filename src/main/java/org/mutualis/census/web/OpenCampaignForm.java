package org.mutualis.census.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.ThemeVersion;
import org.mutualis.questionnaire.Questionnaires;
import org.springframework.format.annotation.DateTimeFormat;

/** The "open a campaign" form; the study's strata and lifespans are the defaults. */
public record OpenCampaignForm(
        long territoryId,
        String name,
        @Nullable List<String> themes,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate censusDate,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate opensOn,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate closesOn,

        String thresholds,
        String lifespans,
        BigDecimal otherLifespan) {

    static OpenCampaignForm defaults(LocalDate today) {
        return new OpenCampaignForm(
                0, "", List.of("infrastructure"), today, today, null, "1000,5000", "8,5,5", BigDecimal.valueOf(5));
    }

    /** Each chosen theme runs its latest questionnaire version. */
    List<ThemeVersion> themeVersions(Questionnaires questionnaires) {
        return (themes == null ? List.<String>of() : themes)
                .stream()
                        .map(theme -> new ThemeVersion(
                                theme, questionnaires.latest(theme).version()))
                        .toList();
    }
}
