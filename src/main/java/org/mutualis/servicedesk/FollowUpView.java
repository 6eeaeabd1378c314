package org.mutualis.servicedesk;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A follow-up: public (the requester reads it) or a private note (agents only). */
public record FollowUpView(
        long id,
        long ticketId,
        @Nullable Long authorId,
        String authorName,
        boolean fromRequester,
        boolean privateNote,
        String body,
        int minutes,
        Instant createdAt) {}
