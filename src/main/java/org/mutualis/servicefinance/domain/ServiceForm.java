package org.mutualis.servicefinance.domain;

import org.jspecify.annotations.Nullable;

/**
 * The forms of the shared service that the study offers (« Sous quelle forme ? »): three at stage 3
 * for the pair EPCI – central town, two at stage 4 for the communes. Each has its legal basis
 * ({@code servicefinance.form.<NAME>.basis}) and the kind of convention it leads to.
 */
public enum ServiceForm {
    /** Stage 3, choice 1: one common IT service financed by the pair (service commun, CGCT L5211-4-2). */
    PAIR_COMMON_SERVICE(3, ConventionKind.COMMON_SERVICE),
    /** Stage 3, choice 2: two services, a common master plan, staff lent by convention. */
    PAIR_LENT_STAFF(3, ConventionKind.STAFF_MADE_AVAILABLE),
    /** Stage 3, choice 3: two services with a common master plan only (no convention of service). */
    PAIR_MASTER_PLAN(3, null),
    /**
     * Stage 4, choice 1: the common service made available to the communes (mise à disposition de
     * service, CGCT L5211-4-1), reimbursed by unit cost × units (D5211-16).
     */
    COMMUNES_SERVICE_MADE_AVAILABLE(4, ConventionKind.SERVICE_MADE_AVAILABLE),
    /** Stage 4, choice 2: an independent service for the communes, by subscription. */
    COMMUNES_SUBSCRIPTION(4, ConventionKind.SUBSCRIPTION);

    private final int stage;
    private final @Nullable ConventionKind convention;

    ServiceForm(int stage, @Nullable ConventionKind convention) {
        this.stage = stage;
        this.convention = convention;
    }

    /** The study's stage (3: the pair; 4: the communes). */
    public int stage() {
        return stage;
    }

    /** The kind of convention this form signs with a collectivité, or null when it signs none. */
    public @Nullable ConventionKind convention() {
        return convention;
    }
}
