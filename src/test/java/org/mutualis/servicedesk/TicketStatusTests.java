package org.mutualis.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.mutualis.servicedesk.domain.TicketStatus;

/** The ticket statuses' rules, in plain Java. */
class TicketStatusTests {

    @Test
    void theLifeOfATicket() {
        assertThat(TicketStatus.NEW.agentMayMoveTo(TicketStatus.ASSIGNED)).isTrue();
        assertThat(TicketStatus.ASSIGNED.agentMayMoveTo(TicketStatus.IN_PROGRESS))
                .isTrue();
        assertThat(TicketStatus.IN_PROGRESS.agentMayMoveTo(TicketStatus.WAITING_SUPPLIER))
                .isTrue();
        assertThat(TicketStatus.WAITING_SUPPLIER.agentMayMoveTo(TicketStatus.SOLVED))
                .isTrue();
        assertThat(TicketStatus.SOLVED.agentMayMoveTo(TicketStatus.CLOSED)).isTrue();
        assertThat(TicketStatus.SOLVED.requesterMayMoveTo(TicketStatus.REOPENED))
                .isTrue();
        assertThat(TicketStatus.NEW.agentMayMoveTo(TicketStatus.CLOSED)).isFalse();
        assertThat(TicketStatus.IN_PROGRESS.requesterMayMoveTo(TicketStatus.SOLVED))
                .isFalse();
        assertThat(TicketStatus.CLOSED.next()).isEmpty();
    }

    @Property
    void noStatusMovesToItselfAndOnlySolvedTicketsClose(@ForAll TicketStatus from, @ForAll TicketStatus to) {
        assertThat(from.agentMayMoveTo(from)).isFalse();
        if (to == TicketStatus.CLOSED && from.agentMayMoveTo(to)) {
            assertThat(from).isEqualTo(TicketStatus.SOLVED);
        }
        if (from.requesterMayMoveTo(to)) {
            assertThat(from.agentMayMoveTo(to))
                    .as("a requester's move is an agent's move too")
                    .isTrue();
        }
        if (from.waiting()) {
            assertThat(from.done()).isFalse();
        }
    }
}
