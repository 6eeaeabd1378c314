package org.mutualis.inventory;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An enrolment as its readers see it: never its token, only the first characters to recognise it.
 *
 * @param devices the devices its agents reported
 */
public record EnrolmentView(
        long id,
        long territoryId,
        long collectivityId,
        String collectivityName,
        String label,
        String prefix,
        String createdBy,
        LocalDateTime createdAt,
        @Nullable String revokedBy,
        @Nullable LocalDateTime revokedAt,
        long devices,
        @Nullable LocalDateTime lastSeen) {

    public boolean active() {
        return revokedAt == null;
    }
}
