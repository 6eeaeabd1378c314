package org.mutualis.census;

import java.time.LocalDate;

/** A census campaign: a questionnaire version run on a territory at a date. */
public record CampaignSummary(
        long id,
        long territoryId,
        String territoryName,
        String theme,
        int questionnaireVersion,
        String name,
        LocalDate censusDate,
        BandSettings bands,
        int responses) {}
