package org.mutualis.servicefinance.domain.costs;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When a unit cost was told to one beneficiary, and the dates the rule compares it with.
 *
 * @param communicated the date the unit cost was communicated; null when it has not been yet
 * @param budgetAdoption the date the beneficiary adopted (or will adopt) its budget for the year;
 *     null when unknown
 * @param conventionSigned the date the convention was signed
 * @param firstYear whether this is the year the convention was signed (the rule is then three
 *     months from the signature, not the budget)
 */
public record CommunicationFacts(
        @Nullable LocalDate communicated,
        @Nullable LocalDate budgetAdoption,
        LocalDate conventionSigned,
        boolean firstYear) {}
