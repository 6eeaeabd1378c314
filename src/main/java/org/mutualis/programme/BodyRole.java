package org.mutualis.programme;

/** A member's role in a governance body. */
public enum BodyRole {
    /** Coordonnateur du marché. */
    MARKET_COORDINATOR,
    /** Responsable de groupe. */
    GROUP_LEADER,
    /** Président. */
    CHAIR,
    MEMBER,
    /** Secrétaire de séance. */
    SECRETARY
}
