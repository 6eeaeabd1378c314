package org.mutualis.servicedesk.domain.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.mutualis.servicedesk.domain.training.SeatAllocation.Allocation;

/**
 * The seats and the waiting list of a session under any sequence of registrations, cancellations
 * and capacity changes: never more confirmed than the capacity, nobody waiting while a seat is
 * free, seats given in order of registration, nobody lost.
 */
class SeatAllocationTests {

    /** A session's life: what the rule made of it after each step, and what the steps were. */
    private static final class Life {
        int capacity;
        List<Seat> seats = new ArrayList<>();
        final Set<Long> cancelled = new TreeSet<>();
        long next = 1;
        final List<Allocation> steps = new ArrayList<>();
        final List<Integer> capacities = new ArrayList<>();

        Life(int capacity) {
            this.capacity = capacity;
        }

        void apply(int op) {
            Allocation a;
            switch (op % 3) {
                case 0 -> a = SeatAllocation.register(capacity, seats, next++);
                case 1 -> {
                    List<Seat> active = seats.stream()
                            .filter(s -> s.status() != SeatStatus.CANCELLED)
                            .toList();
                    if (active.isEmpty()) {
                        return;
                    }
                    long id = active.get((op / 3) % active.size()).id();
                    cancelled.add(id);
                    a = SeatAllocation.cancel(capacity, seats, id);
                }
                default -> {
                    capacity = Math.max(SeatAllocation.minimumCapacity(seats), (op / 3) % 10 + 1);
                    a = SeatAllocation.allocate(capacity, seats);
                }
            }
            seats = a.seats();
            steps.add(a);
            capacities.add(capacity);
        }
    }

    private static Life live(int capacity, List<Integer> ops) {
        Life life = new Life(capacity);
        ops.forEach(life::apply);
        return life;
    }

    @Property
    void neverMoreConfirmedThanTheCapacityAndNobodyWaitsWhileASeatIsFree(
            @ForAll @IntRange(min = 1, max = 10) int capacity,
            @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 299) Integer> ops) {
        Life life = live(capacity, ops);
        for (int i = 0; i < life.steps.size(); i++) {
            Allocation step = life.steps.get(i);
            int cap = life.capacities.get(i);
            assertThat(step.confirmed()).isLessThanOrEqualTo(cap);
            if (step.confirmed() < cap) {
                assertThat(step.waiting()).isZero();
            }
        }
    }

    @Property
    void theSeatsGoToTheFirstRegisteredInOrder(
            @ForAll @IntRange(min = 1, max = 10) int capacity,
            @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 299) Integer> ops) {
        Life life = live(capacity, ops);
        // The confirmed are exactly the first `capacity` people still registered, in order of registration.
        List<Seat> active = life.seats.stream()
                .filter(s -> s.status() != SeatStatus.CANCELLED)
                .toList();
        for (int i = 0; i < active.size(); i++) {
            assertThat(active.get(i).status())
                    .as("registration %d of %d still active", i + 1, active.size())
                    .isEqualTo(i < life.capacity ? SeatStatus.CONFIRMED : SeatStatus.WAITING);
        }
    }

    @Property
    void nobodyIsLost(
            @ForAll @IntRange(min = 1, max = 10) int capacity,
            @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 299) Integer> ops) {
        Life life = live(capacity, ops);
        assertThat(life.seats).extracting(Seat::id).doesNotHaveDuplicates().isSorted();
        assertThat(life.seats).hasSize((int) (life.next - 1));
        assertThat(life.seats.stream()
                        .filter(s -> s.status() == SeatStatus.CANCELLED)
                        .map(Seat::id)
                        .toList())
                .containsExactlyElementsOf(life.cancelled);
        Allocation last = SeatAllocation.allocate(life.capacity, life.seats);
        assertThat(last.confirmed() + last.waiting()).isEqualTo(life.seats.size() - life.cancelled.size());
        assertThat(last.promoted()).as("the rule changes nothing twice").isEmpty();
    }

    @Property
    void aCancelledSeatGoesToTheFirstPersonWaiting(
            @ForAll @IntRange(min = 1, max = 10) int capacity,
            @ForAll @IntRange(min = 1, max = 20) int waiting,
            @ForAll @IntRange(min = 0, max = 9) int which) {
        List<Seat> seats = new ArrayList<>();
        Allocation a = new Allocation(List.of(), List.of());
        for (long id = 1; id <= capacity + waiting; id++) {
            a = SeatAllocation.register(capacity, seats, id);
            seats = new ArrayList<>(a.seats());
        }
        long cancelled = 1 + which % capacity;
        Allocation after = SeatAllocation.cancel(capacity, seats, cancelled);

        assertThat(after.promoted()).containsExactly((long) capacity + 1);
        assertThat(after.statusOf(cancelled)).isEqualTo(SeatStatus.CANCELLED);
        assertThat(after.confirmed()).isEqualTo(capacity);
        assertThat(after.waiting()).isEqualTo(waiting - 1);
    }

    @Property
    void cancellingSomeoneWaitingPromotesNobody(
            @ForAll @IntRange(min = 1, max = 10) int capacity, @ForAll @IntRange(min = 1, max = 20) int waiting) {
        List<Seat> seats = new ArrayList<>();
        for (long id = 1; id <= capacity + waiting; id++) {
            seats = new ArrayList<>(SeatAllocation.register(capacity, seats, id).seats());
        }
        Allocation after = SeatAllocation.cancel(capacity, seats, capacity + waiting);
        assertThat(after.promoted()).isEmpty();
        assertThat(after.confirmed()).isEqualTo(capacity);
    }

    @Test
    void aSessionHasAtLeastOneSeat() {
        assertThatThrownBy(() -> SeatAllocation.allocate(0, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(SeatAllocation.minimumCapacity(List.of())).isEqualTo(1);
    }

    @Test
    void aLargerCapacityPromotesTheWaitingInOrder() {
        List<Seat> seats = List.of(
                new Seat(1, SeatStatus.CONFIRMED),
                new Seat(2, SeatStatus.CANCELLED),
                new Seat(3, SeatStatus.CONFIRMED),
                new Seat(4, SeatStatus.WAITING),
                new Seat(5, SeatStatus.WAITING),
                new Seat(6, SeatStatus.WAITING));
        Allocation a = SeatAllocation.allocate(4, seats);
        assertThat(a.promoted()).containsExactly(4L, 5L);
        assertThat(a.statusOf(6)).isEqualTo(SeatStatus.WAITING);
        assertThat(a.statusOf(2)).isEqualTo(SeatStatus.CANCELLED);
    }
}
