package org.mutualis.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.mutualis.identity.TokenMatch;
import org.mutualis.identity.TokenView;
import org.mutualis.identity.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code api_token} table. */
@Repository
public class TokenStore {

    private static final String SELECT_VIEW = """
            select t.id, t.user_id, u.username, t.name, t.prefix, t.created_at, t.last_used_at, t.revoked_at
            from api_token t join app_user u on u.id = t.user_id
            """;

    private final JdbcClient jdbc;

    TokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long userId, String name, String hash, String prefix) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into api_token (user_id, name, token_hash, prefix, created_at) values (?, ?, ?, ?, ?)")
                .params(userId, name, hash, prefix, Utc.now())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The live token with this hash and its account, if the token is not revoked and the account enabled. */
    public Optional<TokenMatch> active(String hash) {
        return jdbc.sql("select t.id as token_id, t.last_used_at, " + AccountStore.COLUMNS
                        + " from api_token t join app_user u on u.id = t.user_id"
                        + " where t.token_hash = ? and t.revoked_at is null and u.enabled = true")
                .param(hash)
                .query((rs, row) -> new TokenMatch(
                        rs.getLong("token_id"),
                        rs.getObject("last_used_at", LocalDateTime.class),
                        AccountStore.map(rs, row)))
                .optional();
    }

    public void touch(long tokenId, LocalDateTime at) {
        jdbc.sql("update api_token set last_used_at = ? where id = ?")
                .params(at, tokenId)
                .update();
    }

    public Optional<TokenView> byId(long tokenId) {
        return jdbc.sql(SELECT_VIEW + "where t.id = ?")
                .param(tokenId)
                .query(TokenStore::view)
                .optional();
    }

    public List<TokenView> ofUser(long userId) {
        return jdbc.sql(SELECT_VIEW + "where t.user_id = ? order by t.created_at desc, t.id desc")
                .param(userId)
                .query(TokenStore::view)
                .list();
    }

    public List<TokenView> all() {
        return jdbc.sql(SELECT_VIEW + "order by u.username, t.created_at desc, t.id desc")
                .query(TokenStore::view)
                .list();
    }

    /** Revokes once: revoking again keeps the first date. */
    public void revoke(long tokenId, LocalDateTime at) {
        jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null")
                .params(at, tokenId)
                .update();
    }

    private static TokenView view(ResultSet rs, int row) throws SQLException {
        return new TokenView(
                rs.getLong("id"),
                rs.getLong("user_id"),
                rs.getString("username"),
                rs.getString("name"),
                rs.getString("prefix"),
                rs.getObject("created_at", LocalDateTime.class),
                rs.getObject("last_used_at", LocalDateTime.class),
                rs.getObject("revoked_at", LocalDateTime.class));
    }
}
