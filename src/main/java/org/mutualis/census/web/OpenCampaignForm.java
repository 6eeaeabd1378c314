package org.mutualis.census.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.ThemeVersion;
import org.mutualis.questionnaire.Questionnaires;
import org.mutualis.shared.error.RejectedException;

/**
 * The "open a campaign" form; the study's strata and lifespans are the defaults. Dates and the
 * lifespan are read by the form formatters ({@code 01/03/2012}, {@code 5,5}); a value they cannot
 * read is refused with its field named (the error page lists them).
 */
public record OpenCampaignForm(
        long territoryId,
        @Nullable String name,
        @Nullable List<String> themes,
        @Nullable LocalDate censusDate,
        @Nullable LocalDate opensOn,
        @Nullable LocalDate closesOn,

        @Nullable String thresholds,
        @Nullable String lifespans,
        @Nullable BigDecimal otherLifespan) {

    static OpenCampaignForm defaults(LocalDate today) {
        return new OpenCampaignForm(
                0, "", List.of("infrastructure"), today, today, null, "1000,5000", "8,5,5", BigDecimal.valueOf(5));
    }

    /** A theme the form cannot offer is a refusal of the form (400), not a missing page. */
    private static int latestVersion(String theme, Questionnaires questionnaires) {
        return questionnaires.themes().stream()
                .filter(t -> t.theme().equals(theme))
                .findFirst()
                .map(t -> t.latestVersion())
                .orElseThrow(() -> new RejectedException("census.campaign.theme.unknown", theme));
    }

    /** Each chosen theme runs its latest questionnaire version. */
    List<ThemeVersion> themeVersions(Questionnaires questionnaires) {
        return (themes == null ? List.<String>of() : themes)
                .stream()
                        .map(theme -> new ThemeVersion(theme, latestVersion(theme, questionnaires)))
                        .toList();
    }
}
