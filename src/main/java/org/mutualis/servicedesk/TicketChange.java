package org.mutualis.servicedesk;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change of a ticket: who, when, which field, before → after. */
public record TicketChange(
        long id,
        Instant at,
        @Nullable Long actorId,
        String actorName,
        String field,
        @Nullable String before,
        @Nullable String after) {}
