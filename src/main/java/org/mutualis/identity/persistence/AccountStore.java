package org.mutualis.identity.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mutualis.identity.AccountSummary;
import org.mutualis.identity.NewAccount;
import org.mutualis.identity.Role;
import org.mutualis.identity.Utc;
import org.mutualis.shared.Columns;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code app_user} table, through {@code JdbcClient}: the rows are small and the queries
 * (paged search, joins with tokens) read more plainly as SQL than as aggregates.
 */
@Repository
public class AccountStore {

    /** The columns of {@link AccountSummary}, by name, on the alias {@code u} of {@code app_user}. */
    static final String COLUMNS =
            "u.id, u.username, u.display_name, u.role, u.collectivity_id, u.enabled, u.must_change_password, u.created_at";
    /** For rows that join an account to something else: the account's columns, by name. */
    static final RowMapper<AccountSummary> ACCOUNT = RecordRows.of(AccountSummary.class);

    private static final String SELECT = "select " + COLUMNS + " from app_user u ";
    private static final String MATCHES =
            "(lower(u.username) like :pattern escape '\\'" + " or lower(u.display_name) like :pattern escape '\\')";

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(NewAccount account, String passwordHash, boolean mustChangePassword) {
        return Columns.of()
                .set("username", account.username())
                .set("display_name", account.displayName())
                .set("password_hash", passwordHash)
                .set("role", account.role().name())
                .set("collectivity_id", account.collectivityId())
                .set("enabled", true)
                .set("must_change_password", mustChangePassword)
                .set("created_at", Utc.now(clock))
                .insert(jdbc, "app_user");
    }

    public Optional<AccountSummary> byUsername(String username) {
        return jdbc.sql(SELECT + "where u.username = :username")
                .param("username", username)
                .query(RecordRows.of(AccountSummary.class))
                .optional();
    }

    public Optional<AccountSummary> byId(long id) {
        return jdbc.sql(SELECT + "where u.id = :id")
                .param("id", id)
                .query(RecordRows.of(AccountSummary.class))
                .optional();
    }

    public Optional<String> passwordHash(long id) {
        return jdbc.sql("select password_hash from app_user where id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = :username")
                        .param("username", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public boolean anyEnabled(Role role) {
        return jdbc.sql("select count(*) from app_user where role = :role and enabled = true")
                        .param("role", role.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<AccountSummary> allEnabled() {
        return jdbc.sql(SELECT + "where u.enabled = true order by u.username")
                .query(RecordRows.of(AccountSummary.class))
                .list();
    }

    /** One page of accounts whose username or display name contains {@code search}, case ignored. */
    public List<AccountSummary> search(String search, int offset, int limit) {
        return jdbc.sql(SELECT + "where " + MATCHES
                        + " order by u.username offset :offset rows fetch first :limit rows only")
                .param("pattern", pattern(search))
                .param("offset", offset)
                .param("limit", limit)
                .query(RecordRows.of(AccountSummary.class))
                .list();
    }

    public long count(String search) {
        return jdbc.sql("select count(*) from app_user u where " + MATCHES)
                .param("pattern", pattern(search))
                .query(Long.class)
                .single();
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("update app_user set enabled = :enabled where id = :id")
                .param("enabled", enabled)
                .param("id", id)
                .update();
    }

    public void setPassword(long id, String passwordHash, boolean mustChangePassword) {
        jdbc.sql("update app_user set password_hash = :password_hash, must_change_password = :must_change_password"
                        + " where id = :id")
                .param("password_hash", passwordHash)
                .param("must_change_password", mustChangePassword)
                .param("id", id)
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
}
