package org.mutualis.servicedesk;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicedesk.domain.Priority;
import org.mutualis.servicedesk.domain.TicketStatus;

/** A ticket as its readers see it (its follow-ups, attachments and history are read apart). */
public record TicketView(
        long id,
        long centreId,
        long collectivityId,
        String collectivityName,
        @Nullable Long requesterAccountId,
        String requesterName,
        @Nullable String requesterEmail,
        @Nullable String requesterPhone,
        TicketChannel channel,
        @Nullable Long categoryId,
        @Nullable String categoryLabel,
        String title,
        String description,
        int impact,
        int urgency,
        Priority priority,
        @Nullable String priorityReason,
        TicketStatus status,
        @Nullable Long assigneeId,
        @Nullable String assigneeName,
        Instant openedAt,
        Instant updatedAt,
        @Nullable Instant solvedAt,
        @Nullable Instant takeChargeDue,
        @Nullable Instant resolveDue,
        boolean slaPaused,
        @Nullable Integer satisfaction,
        @Nullable String satisfactionComment,
        long minutesSpent,
        int version) {

    /** The reference the e-mails carry in their subject, which replies thread on. */
    public String reference() {
        return "[#" + id + "]";
    }
}
