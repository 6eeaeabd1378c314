package org.mutualis.servicefinance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When a year's unit costs were told to a convention's collectivité (empty: not yet) and when it
 * adopted its budget for that year (empty: unknown), with the {@code version} read (empty the first
 * time).
 */
public record CommunicationForm(
        @Nullable LocalDate communicatedOn,
        @Nullable LocalDate budgetAdoptedOn,
        @Nullable Long version) {}
