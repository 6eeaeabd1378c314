package org.mutualis.census;

import java.time.Instant;

/** One answer left out of a campaign's synthesis, with the reason. */
public record ExclusionView(
        long id,
        long collectivityId,
        String collectivityCode,
        String collectivityName,
        String indicatorCode,
        String reason,
        String createdBy,
        Instant createdAt) {}
