package org.mutualis.programme.domain;

/** What a task's status may follow, among the things its action is linked to. */
public enum Artefact {
    /** Nothing: the status is entered by hand. */
    NONE,
    /** The action's census campaign: done when it is closed. */
    CAMPAIGN,
    /** The action's procurement: done when an award is entered. */
    AWARD,
    /** The procurement's before/after assessment: done when every linked offer is awarded. */
    ASSESSMENT,
    /** The assessment's publication to the communes: done when it was sent. */
    PUBLICATION
}
