package org.mutualis.servicedesk.domain.training;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The seats of a session and its waiting list. The registrations are given in order of
 * registration; the rule is the same after every change (a newcomer, a cancellation, a larger
 * capacity): nobody confirmed is ever moved back to the waiting list, and the free seats go to
 * the waiting people in order of registration. So the session never holds more confirmed people
 * than its capacity (when it was within it), nobody waits while a seat is free, and nobody is lost.
 */
public final class SeatAllocation {

    /** The registrations after the rule, and those moved from the waiting list to a seat, in order. */
    public record Allocation(List<Seat> seats, List<Long> promoted) {

        public Allocation {
            seats = List.copyOf(seats);
            promoted = List.copyOf(promoted);
        }

        public long confirmed() {
            return count(seats, SeatStatus.CONFIRMED);
        }

        public long waiting() {
            return count(seats, SeatStatus.WAITING);
        }

        /** The status of one registration; {@code null} when it is not among them. */
        public @Nullable SeatStatus statusOf(long id) {
            return seats.stream()
                    .filter(s -> s.id() == id)
                    .map(Seat::status)
                    .findFirst()
                    .orElse(null);
        }
    }

    private SeatAllocation() {}

    /**
     * @param capacity the session's seats, above zero
     * @param seats every registration of the session in order of registration
     */
    public static Allocation allocate(int capacity, List<Seat> seats) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("a session has at least one seat: " + capacity);
        }
        long free = capacity - count(seats, SeatStatus.CONFIRMED);
        List<Seat> out = new ArrayList<>(seats.size());
        List<Long> promoted = new ArrayList<>();
        for (Seat seat : seats) {
            if (seat.status() == SeatStatus.WAITING && free > 0) {
                out.add(seat.with(SeatStatus.CONFIRMED));
                promoted.add(seat.id());
                free--;
            } else {
                out.add(seat);
            }
        }
        return new Allocation(out, promoted);
    }

    /** A newcomer joins the end of the waiting list, then takes a seat if one is free. */
    public static Allocation register(int capacity, List<Seat> seats, long newcomer) {
        List<Seat> all = new ArrayList<>(seats);
        all.add(new Seat(newcomer, SeatStatus.WAITING));
        return allocate(capacity, all);
    }

    /** A registration is cancelled; its seat, if it had one, goes to the first waiting person. */
    public static Allocation cancel(int capacity, List<Seat> seats, long cancelled) {
        List<Seat> all = seats.stream()
                .map(s -> s.id() == cancelled ? s.with(SeatStatus.CANCELLED) : s)
                .toList();
        return allocate(capacity, all);
    }

    /** The smallest capacity the session may be given now: its confirmed people keep their seats. */
    public static int minimumCapacity(List<Seat> seats) {
        return (int) Math.max(1, count(seats, SeatStatus.CONFIRMED));
    }

    private static long count(List<Seat> seats, SeatStatus status) {
        return seats.stream().filter(s -> s.status() == status).count();
    }
}
