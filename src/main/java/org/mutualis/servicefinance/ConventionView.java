package org.mutualis.servicefinance;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicefinance.domain.ConventionKind;
import org.mutualis.servicefinance.domain.CostMethod;

/**
 * A collectivité's convention: kind, signature, deliberation, duration and its computed renewal
 * date (signature + duration), unit-cost method, subscribed services with their forecast use;
 * whether its renewal is due within the territory's reminder days, and whether it has lapsed
 * (today is its renewal day or later).
 */
public record ConventionView(
        long id,
        long territoryId,
        long collectivityId,
        String collectivityName,
        String collectivityCode,
        ConventionKind kind,
        LocalDate signedOn,
        @Nullable String deliberationRef,
        @Nullable LocalDate deliberationOn,
        int durationYears,
        LocalDate renewalOn,
        long daysToRenewal,
        CostMethod costMethod,
        @Nullable String note,
        int version,
        List<SubscriptionView> subscriptions,
        boolean dueForRenewal,
        boolean lapsed) {}
