package org.mutualis.census;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A census campaign: questionnaires on one or more themes, run on a territory at a date. */
public record CampaignSummary(
        long id,
        long territoryId,
        String territoryName,
        List<ThemeVersion> themes,
        String name,
        LocalDate censusDate,
        @Nullable LocalDate opensOn,
        @Nullable LocalDate closesOn,
        CampaignStatus status,
        BandSettings bands,
        int responses) {

    public CampaignSummary {
        themes = List.copyOf(themes);
    }

    /** The first theme, which names the campaign's main questionnaire. */
    public String theme() {
        return themes.get(0).theme();
    }

    public String themeCodes() {
        return themes.stream().map(ThemeVersion::theme).collect(Collectors.joining(","));
    }

    public boolean closed() {
        return status == CampaignStatus.CLOSED;
    }
}
