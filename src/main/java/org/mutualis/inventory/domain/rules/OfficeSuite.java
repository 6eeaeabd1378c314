package org.mutualis.inventory.domain.rules;

/** An office suite. */
public enum OfficeSuite {
    MICROSOFT_OFFICE,
    MICROSOFT_365,
    LIBREOFFICE,
    OPENOFFICE,
    /**
     * No suite; as a rule's result, “not a suite”: the software it matches (a Click-to-Run
     * component, a language pack, proofing tools) is left aside and no later rule sees it.
     */
    NONE,
    /** The inventory lists no software at all. */
    UNKNOWN
}
