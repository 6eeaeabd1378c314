package org.mutualis.servicedesk;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of tickets. {@code total} counts all that match up to {@link #COUNTED} (then it is
 * {@code COUNTED + 1} and {@link #more()} is true). A search by words is not counted while more
 * pages follow ({@code total} null): counting every ticket a common word matches would cost more
 * than the page itself, so {@code next} alone says whether another page follows; its last page
 * knows the count.
 */
public record TicketPage(List<TicketView> tickets, @Nullable Long total, boolean next, int page, int size) {

    /** Tickets are counted up to this many. */
    public static final int COUNTED = 1_000;

    /** Whether more tickets match than were counted. */
    public boolean more() {
        return total != null && total > COUNTED;
    }

    /** Whether the matching tickets were counted (not for a search by words). */
    public boolean counted() {
        return total != null;
    }

    /** How many pages there are: as far as the count goes, else up to the next one. */
    public int pages() {
        if (total == null) {
            return page + (next ? 2 : 1);
        }
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
