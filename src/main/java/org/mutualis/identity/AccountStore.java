package org.mutualis.identity.persistence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code app_user} table. */
@Repository
public class AccountStore {

    private static final String SELECT = "select " + AccountRow.COLUMNS + " from app_user u ";

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            String username,
            String displayName,
            String passwordHash,
            Role role,
            @Nullable Long collectivityId,
            boolean mustChangePassword) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, role, collectivity_id, enabled,
                                      must_change_password, created_at)
                values (?, ?, ?, ?, ?, true, ?, ?)""")
                .params(username, displayName, passwordHash, role.name(), collectivityId, mustChangePassword,
                        Utc.now())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<AccountRow> byUsername(String username) {
        return jdbc.sql(SELECT + "where u.username = ?").param(username).query(AccountRow::map).optional();
    }

    public Optional<AccountRow> byId(long id) {
        return jdbc.sql(SELECT + "where u.id = ?").param(id).query(AccountRow::map).optional();
    }

    public Optional<String> passwordHash(long id) {
        return jdbc.sql("select password_hash from app_user where id = ?").param(id).query(String.class).optional();
    }

    public Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from app_user where username = ?")
                .param(username)
                .query(String.class)
                .optional();
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class).single()
                > 0;
    }

    public boolean anyEnabled(Role role) {
        return countEnabled(role) > 0;
    }

    public long countEnabled(Role role) {
        return jdbc.sql("select count(*) from app_user where role = ? and enabled = true")
                .param(role.name())
                .query(Long.class)
                .single();
    }

    public List<AccountRow> allEnabled() {
        return jdbc.sql(SELECT + "where u.enabled = true order by u.username").query(AccountRow::map).list();
    }

    /** One page of accounts whose username or display name contains {@code search}, case ignored. */
    public List<AccountRow> search(String search, int offset, int limit) {
        return jdbc.sql(SELECT + "where " + MATCHES + " order by u.username offset ? rows fetch first ? rows only")
                .params(pattern(search), pattern(search), offset, limit)
                .query(AccountRow::map)
                .list();
    }

    public long count(String search) {
        return jdbc.sql("select count(*) from app_user u where " + MATCHES)
                .params(pattern(search), pattern(search))
                .query(Long.class)
                .single();
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, id).update();
    }

    public void setPassword(long id, String passwordHash, boolean mustChangePassword) {
        jdbc.sql("update app_user set password_hash = ?, must_change_password = ? where id = ?")
                .params(passwordHash, mustChangePassword, id)
                .update();
    }

    private static final String MATCHES =
            "(lower(u.username) like ? escape '\\' or lower(u.display_name) like ? escape '\\')";

    // A user's "%" or "_" means itself, not a wildcard.
    private static String pattern(String search) {
        String escaped = search.trim()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
