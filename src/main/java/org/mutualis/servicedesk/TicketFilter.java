package org.mutualis.servicedesk;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicedesk.domain.TicketStatus;

/**
 * What the queue shows: statuses (none: every open one), a collectivité, a category, an assignee
 * ({@code 0}: nobody), those breaching within {@code breachingHours}, words of the title or
 * follow-ups; a page (from 0) of {@code size} rows.
 */
public record TicketFilter(
        List<TicketStatus> statuses,
        @Nullable Long collectivityId,
        @Nullable Long categoryId,
        @Nullable Long assigneeId,
        @Nullable Integer breachingHours,
        @Nullable String words,
        int page,
        int size) {

    public TicketFilter {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        page = Math.max(0, page);
        size = size <= 0 ? 50 : Math.min(size, 200);
        if (words != null && words.isBlank()) {
            words = null;
        }
    }

    public static TicketFilter all() {
        return new TicketFilter(List.of(), null, null, null, null, null, 0, 50);
    }
}
