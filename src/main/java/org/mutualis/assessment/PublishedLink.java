package org.mutualis.assessment;

import java.time.Instant;

/**
 * A published assessment of the reader's territory, for their home page.
 *
 * @param member whether the reader's collectivité is a member of the procurement
 */
public record PublishedLink(
        long procurementId,
        String subject,
        Instant publishedAt,
        long collectivityId,
        String collectivityName,
        boolean member) {

    /** When it was published, in French time, for pages. */
    public java.time.LocalDateTime publishedInParis() {
        return java.time.LocalDateTime.ofInstant(publishedAt, org.mutualis.shared.Clocks.ZONE);
    }
}
