package org.mutualis.census;

/**
 * Where a collectivité's response stands. Only submitted and validated responses count in the
 * synthesis: a draft is not an answer yet, a returned one is being corrected.
 */
public enum ResponseStatus {
    /** No invitation sent, nothing saved yet (no stored response). */
    NOT_INVITED,
    /** An invitation was sent, nothing saved yet (no stored response). */
    INVITED,
    /** A draft saved by the correspondent. */
    IN_PROGRESS,
    SUBMITTED,
    VALIDATED,
    /** Sent back to the correspondent with a comment. */
    RETURNED;

    public boolean counts() {
        return this == SUBMITTED || this == VALIDATED;
    }
}
