package org.mutualis.programme;

/** What a body decided on a matter. */
public enum DecisionStatus {
    ADOPTED,
    ADJOURNED,
    REJECTED
}
