package org.mutualis.servicedesk;

/** A registration: a seat, on the waiting list, or cancelled. */
public enum TrainingRegistrationStatus {
    CONFIRMED,
    WAITING,
    CANCELLED
}
