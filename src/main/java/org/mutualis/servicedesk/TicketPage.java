package org.mutualis.servicedesk;

import java.util.List;

/**
 * One page of tickets, with the count of all that match, counted up to 10,000 ({@code total} is
 * then 10,001 and {@link #more()} true).
 */
public record TicketPage(List<TicketView> tickets, long total, int page, int size) {

    /** Whether more tickets match than were counted. */
    public boolean more() {
        return total > 10_000;
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
