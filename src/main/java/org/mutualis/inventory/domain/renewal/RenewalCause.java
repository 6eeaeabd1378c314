package org.mutualis.inventory.domain.renewal;

/** Why a machine is renewed in its year. */
public enum RenewalCause {
    /** It reaches its kind's lifespan. */
    AGE,
    /** Its system's support ends first: the migration wave forces it (a machine too old to take the next system). */
    END_OF_SUPPORT,
    /** Its age is unknown: renewed in the plan's first year after its lifespan, counted apart. */
    UNKNOWN_AGE
}
