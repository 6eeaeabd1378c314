package org.mutualis.procurement;

import java.time.LocalDate;

/**
 * A member's current contract end as the census gives it, and where it came from.
 *
 * @param campaignName the campaign it was read from
 * @param censusDate that campaign's census date
 * @param questionCodes the questions read (the latest date of them is kept)
 */
public record ContractEndSuggestion(
        String collectivityCode,
        LocalDate contractEndsOn,
        String campaignName,
        LocalDate censusDate,
        String questionCodes) {}
