package org.mutualis.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.AccountSummary;
import org.mutualis.identity.NewAccount;
import org.mutualis.identity.Role;
import org.mutualis.identity.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code app_user} table, through {@code JdbcClient}: the rows are small and the queries
 * (paged search, joins with tokens) read more plainly as SQL than as aggregates.
 */
@Repository
public class AccountStore {

    static final String COLUMNS =
            "u.id, u.username, u.display_name, u.role, u.collectivity_id, u.enabled, u.must_change_password, u.created_at";
    private static final String SELECT = "select " + COLUMNS + " from app_user u ";
    private static final String MATCHES =
            "(lower(u.username) like ? escape '\\' or lower(u.display_name) like ? escape '\\')";

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewAccount account, String passwordHash, boolean mustChangePassword) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, role, collectivity_id, enabled,
                                      must_change_password, created_at)
                values (?, ?, ?, ?, ?, true, ?, ?)""")
                .params(
                        account.username(),
                        account.displayName(),
                        passwordHash,
                        account.role().name(),
                        account.collectivityId(),
                        mustChangePassword,
                        Utc.now())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<AccountSummary> byUsername(String username) {
        return jdbc.sql(SELECT + "where u.username = ?")
                .param(username)
                .query(AccountStore::map)
                .optional();
    }

    public Optional<AccountSummary> byId(long id) {
        return jdbc.sql(SELECT + "where u.id = ?")
                .param(id)
                .query(AccountStore::map)
                .optional();
    }

    public Optional<String> passwordHash(long id) {
        return jdbc.sql("select password_hash from app_user where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public boolean anyEnabled(Role role) {
        return jdbc.sql("select count(*) from app_user where role = ? and enabled = true")
                        .param(role.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<AccountSummary> allEnabled() {
        return jdbc.sql(SELECT + "where u.enabled = true order by u.username")
                .query(AccountStore::map)
                .list();
    }

    /** One page of accounts whose username or display name contains {@code search}, case ignored. */
    public List<AccountSummary> search(String search, int offset, int limit) {
        return jdbc.sql(SELECT + "where " + MATCHES + " order by u.username offset ? rows fetch first ? rows only")
                .params(pattern(search), pattern(search), offset, limit)
                .query(AccountStore::map)
                .list();
    }

    public long count(String search) {
        return jdbc.sql("select count(*) from app_user u where " + MATCHES)
                .params(pattern(search), pattern(search))
                .query(Long.class)
                .single();
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("update app_user set enabled = ? where id = ?")
                .params(enabled, id)
                .update();
    }

    public void setPassword(long id, String passwordHash, boolean mustChangePassword) {
        jdbc.sql("update app_user set password_hash = ?, must_change_password = ? where id = ?")
                .params(passwordHash, mustChangePassword, id)
                .update();
    }

    // A person's "%" or "_" means itself, not a wildcard.
    private static String pattern(String search) {
        String escaped = search.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    static AccountSummary map(ResultSet rs, int row) throws SQLException {
        long collectivity = rs.getLong("collectivity_id");
        @Nullable Long scope = rs.wasNull() ? null : collectivity;
        return new AccountSummary(
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
