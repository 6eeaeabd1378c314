package org.mutualis.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;

/** An account without its password hash, which only sign-in and password change read. */
public record AccountRow(
        long id,
        String username,
        String displayName,
        Role role,
        @Nullable Long collectivityId,
        boolean enabled,
        boolean mustChangePassword,
        LocalDateTime createdAt) {

    static final String COLUMNS =
            "u.id, u.username, u.display_name, u.role, u.collectivity_id, u.enabled, u.must_change_password, u.created_at";

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, displayName, role, collectivityId);
    }

    static AccountRow map(ResultSet rs, int row) throws SQLException {
        long collectivity = rs.getLong("collectivity_id");
        Long scope = rs.wasNull() ? null : collectivity;
        return new AccountRow(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                scope,
                rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"),
                rs.getObject("created_at", LocalDateTime.class));
    }
}
