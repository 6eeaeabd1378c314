package org.mutualis.analysis;

/** How a figure was computed; the interface names each method in the user's language. */
public enum Method {
    /** Σ over respondents of the answers, no weight. */
    RAW_SUM,
    /** Σ over respondents of weight × answer. */
    EXTRAPOLATED_SUM,
    /** A member's total divided by the group's total. */
    SHARE,
    /** Mean of the collectivités' values, each counted once. */
    SIMPLE_MEAN,
    /** Mean of the collectivités' values, each weighted by its number of devices. */
    WEIGHTED_MEAN,
    MIN,
    MAX,
    /** Σ weight × count ÷ lifespan, per year. */
    RENEWAL_UNITS,
    /** Renewal units per year × mean acquisition cost. */
    RENEWAL_EUROS,
    /** Communes in the stratum ÷ respondents in the stratum. */
    REPRESENTATIVITY_WEIGHT
}
