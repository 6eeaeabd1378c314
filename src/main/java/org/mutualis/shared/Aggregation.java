package org.mutualis.shared;

/** How an indicator's answers combine across collectivités. */
public enum Aggregation {
    /** Additive count (devices): raw and extrapolated totals. */
    COUNT,
    /** Additive amount in euros HT: raw and extrapolated totals. */
    AMOUNT,
    /** Mean-type value (a cost, a lifespan): simple and weighted means, min and max. */
    MEAN_VALUE,
    /** A count that belongs to a share group (OS, office suite): totals and shares. */
    SHARE,
    YES_NO,
    CHOICE,
    RANK,
    TEXT,
    /**
     * A calendar date (a contract's end), stored as text in ISO form {@code yyyy-MM-dd}. Not
     * aggregated: the analysis core ignores it like {@link #TEXT}.
     */
    DATE
}
