package org.mutualis.programme;

/** What a governance body is: the study's comités de pilotage per theme and the programme's other bodies. */
public enum BodyKind {
    /** Comité de pilotage of a theme, with a coordonnateur du marché and a responsable de groupe. */
    STEERING_COMMITTEE,
    /** Groupe transversal. */
    CROSS_CUTTING_GROUP,
    /** Conférence des maires. */
    MAYORS_CONFERENCE,
    /** Arbitrage des exécutifs. */
    EXECUTIVES_ARBITRATION,
    /** Groupe de travail. */
    WORKING_GROUP,
    OTHER
}
