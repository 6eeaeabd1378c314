package org.mutualis.inventory.domain.lifecycle;

/** Where a version stands on a date. */
public enum SupportStatus {
    /** On or after its end of support: no more security updates since that day. */
    PAST,
    /** Its end of support falls within the next 12 months. */
    ENDING,
    /** Supported for more than 12 months, or supported while updated (no fixed date). */
    SUPPORTED,
    /** No row for it (ChromeOS: per device model; an unrecognised version). */
    UNKNOWN
}
