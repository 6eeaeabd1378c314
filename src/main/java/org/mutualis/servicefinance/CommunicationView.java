package org.mutualis.servicefinance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicefinance.domain.costs.CommunicationCheck;

/**
 * The communication of a year's unit costs to one convention's collectivité: the dates recorded,
 * whether it is the convention's first year (three months from the signature instead of the
 * budget), the verdict of CGCT art. D5211-16 ({@code check}: on time, late, pending, unknown, with
 * its reason) and {@code late}, which pages flag (« en retard »). {@code version} is -1 while
 * nothing is recorded.
 */
public record CommunicationView(
        long conventionId,
        long collectivityId,
        String collectivityName,
        String collectivityCode,
        int year,
        LocalDate signedOn,
        boolean firstYear,
        @Nullable LocalDate communicatedOn,
        @Nullable LocalDate budgetAdoptedOn,
        CommunicationCheck check,
        boolean late,
        int version) {}
