package org.mutualis.servicefinance;

import org.jspecify.annotations.Nullable;
import org.mutualis.servicefinance.domain.ServiceForm;

/**
 * The territory's choices: the form of the service for the pair EPCI – central town (stage 3) and
 * for the communes (stage 4), null while not chosen, a note, and how many days ahead a
 * convention's renewal is listed as due.
 */
public record FinanceSettingsView(
        long territoryId,
        String territoryName,
        @Nullable ServiceForm pairForm,
        @Nullable ServiceForm communesForm,
        @Nullable String formNote,
        int reminderDays,
        int version) {}
