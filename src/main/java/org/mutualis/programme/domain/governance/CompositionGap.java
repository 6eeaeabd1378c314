package org.mutualis.programme.domain.governance;

/** What a comité de pilotage lacks, or has too many of, to hold its meetings (the study's rule). */
public enum CompositionGap {
    /** No coordonnateur du marché. */
    NO_MARKET_COORDINATOR,
    /** More than one coordonnateur du marché. */
    SEVERAL_MARKET_COORDINATORS,
    /** No responsable de groupe. */
    NO_GROUP_LEADER,
    /** More than one responsable de groupe. */
    SEVERAL_GROUP_LEADERS
}
