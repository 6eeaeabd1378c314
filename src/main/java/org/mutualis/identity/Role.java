package org.mutualis.identity;

/** What an account may do. Spring Security sees each role as the authority {@code ROLE_<name>}. */
public enum Role {
    /** EPCI administrator: everything, account management included. */
    ADMIN,
    /** Analyst or consultant: imports, validates and corrects answers, exclusions, syntheses. */
    ANALYST,
    /** Commune correspondent: sees and edits the answers of one collectivité only. */
    CORRESPONDENT,
    /** Elected official or steering committee: reads syntheses, territory and campaigns. */
    ELECTED,
    /**
     * Technician of the shared service centre: works the tickets of the collectivités the centre
     * serves, writes the knowledge base and runs trainings; no census, savings, procurement or
     * programme page (SecurityConfiguration fences them off, the services refuse them too).
     */
    TECHNICIAN;

    public String authority() {
        return "ROLE_" + name();
    }
}
