package org.mutualis.identity.persistence;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.mutualis.identity.TokenMatch;
import org.mutualis.identity.TokenView;
import org.mutualis.identity.Utc;
import org.mutualis.shared.Columns;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code api_token} table. */
@Repository
public class TokenStore {

    /** The columns of {@link TokenView}, by name. */
    private static final String SELECT_VIEW = """
            select t.id, t.user_id, u.username, t.name, t.prefix, t.created_at, t.last_used_at, t.revoked_at
            from api_token t join app_user u on u.id = t.user_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    TokenStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(long userId, String name, String hash, String prefix) {
        return Columns.of()
                .set("user_id", userId)
                .set("name", name)
                .set("token_hash", hash)
                .set("prefix", prefix)
                .set("created_at", Utc.now(clock))
                .insert(jdbc, "api_token");
    }

    /** The live token with this hash and its account, if the token is not revoked and the account enabled. */
    public Optional<TokenMatch> active(String hash) {
        return jdbc.sql("select t.id as token_id, t.last_used_at, " + AccountStore.COLUMNS
                        + " from api_token t join app_user u on u.id = t.user_id"
                        + " where t.token_hash = :token_hash and t.revoked_at is null and u.enabled = true")
                .param("token_hash", hash)
                .query((rs, row) -> new TokenMatch(
                        rs.getLong("token_id"),
                        rs.getObject("last_used_at", LocalDateTime.class),
                        AccountStore.ACCOUNT.mapRow(rs, row)))
                .optional();
    }

    public void touch(long tokenId, LocalDateTime at) {
        jdbc.sql("update api_token set last_used_at = :at where id = :id")
                .param("at", at)
                .param("id", tokenId)
                .update();
    }

    public Optional<TokenView> byId(long tokenId) {
        return jdbc.sql(SELECT_VIEW + "where t.id = :id")
                .param("id", tokenId)
                .query(RecordRows.of(TokenView.class))
                .optional();
    }

    public List<TokenView> ofUser(long userId) {
        return jdbc.sql(SELECT_VIEW + "where t.user_id = :user_id order by t.created_at desc, t.id desc")
                .param("user_id", userId)
                .query(RecordRows.of(TokenView.class))
                .list();
    }

    public List<TokenView> all() {
        return jdbc.sql(SELECT_VIEW + "order by u.username, t.created_at desc, t.id desc")
                .query(RecordRows.of(TokenView.class))
                .list();
    }

    /** Revokes once: revoking again keeps the first date. */
    public void revoke(long tokenId, LocalDateTime at) {
        jdbc.sql("update api_token set revoked_at = :at where id = :id and revoked_at is null")
                .param("at", at)
                .param("id", tokenId)
                .update();
    }

    /** Revokes every live token of an account; returns how many there were. */
    public int revokeAll(long userId, LocalDateTime at) {
        return jdbc.sql("update api_token set revoked_at = :at where user_id = :user_id and revoked_at is null")
                .param("at", at)
                .param("user_id", userId)
                .update();
    }
}
