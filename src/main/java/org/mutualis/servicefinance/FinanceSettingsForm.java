package org.mutualis.servicefinance;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicefinance.domain.ServiceForm;

/**
 * The territory's choices to save: a stage-3 form for the pair, a stage-4 form for the communes
 * (either may stay unchosen), a note, the reminder's days (1 to 3650, 90 by default) and the
 * {@code version} read.
 */
public record FinanceSettingsForm(
        @Nullable ServiceForm pairForm,
        @Nullable ServiceForm communesForm,
        @Size(max = 2000) @Nullable String formNote,
        @Nullable Integer reminderDays,
        @Nullable Long version) {}
