package org.mutualis.servicedesk.domain.training;

/** Where a registration stands: a seat, the waiting list, or cancelled (it keeps its place in history only). */
public enum SeatStatus {
    CONFIRMED,
    WAITING,
    CANCELLED
}
