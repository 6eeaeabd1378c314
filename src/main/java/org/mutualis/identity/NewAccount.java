package org.mutualis.identity;

import org.jspecify.annotations.Nullable;

/** An account to create. {@code collectivityId} is required for a correspondent, refused otherwise. */
public record NewAccount(
        String username,
        String displayName,
        Role role,
        @Nullable Long collectivityId,
        String rawPassword) {

    /** Keeps the password out of logs and error reports. */
    @Override
    public String toString() {
        return "NewAccount[username=" + username + ", role=" + role + ", collectivityId=" + collectivityId + "]";
    }
}
