package org.mutualis.servicefinance;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicefinance.domain.ConventionKind;
import org.mutualis.servicefinance.domain.CostMethod;

/**
 * A collectivité's convention to record or change: the collectivité (of the territory), its kind,
 * the day it was signed, the council's deliberation (reference and date, not after the signature),
 * its duration in whole years (1 to 99: the renewal date follows), the unit-cost method, the
 * subscribed services each with its forecast use (at least one: no convention without a
 * forecast), a note, and the {@code version} read when changing it.
 */
public record ConventionForm(
        @Nullable Long collectivityId,
        @Nullable ConventionKind kind,
        @Nullable LocalDate signedOn,
        @Size(max = 200) @Nullable String deliberationRef,
        @Nullable LocalDate deliberationOn,
        @Nullable Integer durationYears,
        @Nullable CostMethod costMethod,
        @Nullable List<SubscriptionLine> subscriptions,
        @Size(max = 2000) @Nullable String note,
        @Nullable Long version) {}
