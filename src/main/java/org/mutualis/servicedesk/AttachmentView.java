package org.mutualis.servicedesk;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An attached file, its type sniffed from its content. */
public record AttachmentView(
        long id,
        long ticketId,
        @Nullable Long followUpId,
        String filename,
        String mediaType,
        long size,
        String authorName,
        Instant createdAt) {}
