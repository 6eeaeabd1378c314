package org.mutualis.census.files;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the cover sheet of a collectivité's workbook says: who it is for, which campaign, by when
 * and how to send it back.
 *
 * @param territoryName the EPCI that collects the answers (whom to send the file back to)
 * @param deadline the campaign's closing date, when it has one
 */
public record WorkbookCover(
        String collectivityCode,
        String collectivityName,
        String campaignName,
        String territoryName,
        @Nullable LocalDate deadline) {}
