package org.mutualis.identity;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An API token as listed to its owner or to an administrator; {@code prefix} identifies it. Times
 * are in UTC.
 */
public record TokenView(
        long id,
        long userId,
        String username,
        String name,
        String prefix,
        LocalDateTime createdAt,
        @Nullable LocalDateTime lastUsedAt,
        @Nullable LocalDateTime revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
