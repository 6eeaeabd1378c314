package org.mutualis.servicedesk.domain.training;

/** One registration of a session, as the waiting list sees it: its id and where it stands. */
public record Seat(long id, SeatStatus status) {

    public Seat with(SeatStatus next) {
        return new Seat(id, next);
    }
}
