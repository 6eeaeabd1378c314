package org.mutualis.servicedesk;

/** A training session: planned, held (attendance taken), or cancelled. */
public enum TrainingSessionStatus {
    PLANNED,
    HELD,
    CANCELLED
}
