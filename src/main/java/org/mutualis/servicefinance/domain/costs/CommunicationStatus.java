package org.mutualis.servicefinance.domain.costs;

/** Where a unit cost's communication stands against CGCT art. D5211-16. */
public enum CommunicationStatus {
    /** Communicated by the deadline. */
    ON_TIME,
    /** Communicated after the deadline, or not communicated and the deadline has passed: flagged. */
    LATE,
    /** Not communicated yet, and the deadline is still ahead. */
    PENDING,
    /** The deadline cannot be known: the beneficiary's budget adoption date is not given. */
    UNKNOWN
}
