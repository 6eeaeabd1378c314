package org.mutualis.assessment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One publication of a procurement's assessment to the communes of its territory.
 *
 * @param publishedAt when one of the staff published it
 * @param publishedBy who did (their username)
 * @param message what they wrote to the communes, if anything
 * @param mailsSent e-mails that went out
 * @param mailsFailed e-mails the server refused or could not take
 * @param sentAt when every e-mail had been tried; null while they are being sent (or if the
 *     sending stopped half-way)
 */
public record PublicationSummary(
        long id,
        long procurementId,
        Instant publishedAt,
        String publishedBy,
        @Nullable String message,
        int mailsSent,
        int mailsFailed,
        @Nullable Instant sentAt) {

    /** When it was published, in French time, for pages. */
    public java.time.LocalDateTime publishedInParis() {
        return java.time.LocalDateTime.ofInstant(publishedAt, org.mutualis.shared.Clocks.ZONE);
    }

    /** When its e-mails had all been tried, in French time; null while unfinished. */
    public java.time.@Nullable LocalDateTime sentInParis() {
        return sentAt == null ? null : java.time.LocalDateTime.ofInstant(sentAt, org.mutualis.shared.Clocks.ZONE);
    }

    /** Whether its e-mails have all been tried. */
    public boolean sent() {
        return sentAt != null;
    }
}
