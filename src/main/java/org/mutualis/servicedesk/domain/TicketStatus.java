package org.mutualis.servicedesk.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * A ticket's status and the moves between them: new → assigned → in progress → waiting (for the
 * requester or a supplier) → solved → closed, and reopened when a solved ticket comes back. An
 * agent may make any move this enum allows; a requester only reopens (or closes) a solved ticket.
 */
public enum TicketStatus {
    NEW,
    ASSIGNED,
    IN_PROGRESS,
    WAITING_REQUESTER,
    WAITING_SUPPLIER,
    SOLVED,
    CLOSED,
    REOPENED;

    /** The statuses an agent may move a ticket in this status to. */
    public Set<TicketStatus> next() {
        return switch (this) {
            case NEW, REOPENED -> EnumSet.of(ASSIGNED, IN_PROGRESS, WAITING_REQUESTER, WAITING_SUPPLIER, SOLVED);
            case ASSIGNED -> EnumSet.of(IN_PROGRESS, WAITING_REQUESTER, WAITING_SUPPLIER, SOLVED);
            case IN_PROGRESS -> EnumSet.of(ASSIGNED, WAITING_REQUESTER, WAITING_SUPPLIER, SOLVED);
            case WAITING_REQUESTER -> EnumSet.of(IN_PROGRESS, WAITING_SUPPLIER, SOLVED);
            case WAITING_SUPPLIER -> EnumSet.of(IN_PROGRESS, WAITING_REQUESTER, SOLVED);
            case SOLVED -> EnumSet.of(CLOSED, REOPENED);
            case CLOSED -> EnumSet.noneOf(TicketStatus.class);
        };
    }

    /** Whether an agent may move a ticket from this status to {@code target}. */
    public boolean agentMayMoveTo(TicketStatus target) {
        return next().contains(target);
    }

    /** Whether the ticket's requester may move it from this status to {@code target}. */
    public boolean requesterMayMoveTo(TicketStatus target) {
        return this == SOLVED && (target == REOPENED || target == CLOSED);
    }

    /** Waiting for someone else than the desk: the SLA clock pauses. */
    public boolean waiting() {
        return this == WAITING_REQUESTER || this == WAITING_SUPPLIER;
    }

    /** Solved or closed: the desk's work is over, the clock stops. */
    public boolean done() {
        return this == SOLVED || this == CLOSED;
    }

    /** Still in the agents' queue. */
    public boolean open() {
        return !done();
    }
}
