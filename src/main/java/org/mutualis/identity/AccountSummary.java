package org.mutualis.identity;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** An account as an administrator lists it; {@code createdAt} is in UTC. Never carries the password hash. */
public record AccountSummary(
        long id,
        String username,
        String displayName,
        Role role,
        @Nullable Long collectivityId,
        boolean enabled,
        boolean mustChangePassword,
        LocalDateTime createdAt) {

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, displayName, role, collectivityId);
    }
}
