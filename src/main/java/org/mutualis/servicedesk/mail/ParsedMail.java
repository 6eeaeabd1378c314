package org.mutualis.servicedesk.mail;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the service desk reads of a message. */
final class ParsedMail {

    private ParsedMail() {}

    /**
     * The headers: read first, before the body, so that a message is recognised (its Message-ID),
     * its sender judged and its ticket found even when its body is broken.
     *
     * @param messageId the Message-ID, or {@code sha256:…} of the whole message when it has none
     * @param sender the From address (Reply-To is never used for identity); null when unreadable
     * @param ticketId the ticket named in the subject ({@code [#42]}), if any
     * @param automatic an auto-reply or a bulk message (RFC 3834 {@code Auto-Submitted}, {@code Precedence})
     */
    record Envelope(
            String messageId,
            @Nullable String sender,
            @Nullable String senderName,
            String subject,
            @Nullable Instant sentAt,
            @Nullable Long ticketId,
            boolean automatic) {}

    /** An attached file: its decoded name (no path) and its bytes. */
    record Attachment(String filename, byte[] content) {}

    /**
     * The body: its text (text/plain preferred, text/html turned into text, earlier replies
     * trimmed) and its attachments.
     */
    record Body(String text, List<Attachment> attachments) {}
}
