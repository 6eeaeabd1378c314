package org.mutualis.analysis.domain;

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
    REPRESENTATIVITY_WEIGHT,
    /** Σ ranks ÷ rankers of the objective: 1 is the top priority, a lower mean is a higher one. */
    MEAN_RANK,
    /**
     * Σ (n − rank) over the rankers of the objective, n being the number of objectives: rank 1 gives
     * n − 1 points, rank n gives 0, and an objective a collectivité did not rank gives nothing.
     */
    BORDA_COUNT,
    /** This campaign's value − the previous campaign's value. */
    DIFFERENCE,
    /** What the extrapolation adds to a raw total: extrapolated total − raw total (issue 15). */
    EXTRAPOLATED_PART,
    /** Number of collectivités that gave this answer (yes/no or a choice), no weight. */
    CHOICE_COUNT,
    /** Σ over the collectivités that gave this answer of their stratum's weight. */
    CHOICE_EXTRAPOLATED,
    /** Collectivités (or extrapolated collectivités) giving this answer ÷ those giving any answer × 100. */
    CHOICE_SHARE
}
