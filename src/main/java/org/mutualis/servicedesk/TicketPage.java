package org.mutualis.servicedesk;

import java.util.List;

/** One page of tickets, with the count of all that match. */
public record TicketPage(List<TicketView> tickets, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
