package org.mutualis.programme.persistence;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.Columns;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal calendar feed tokens: only their hash and first characters are kept. */
@Repository
public class FeedStore {

    public record FeedRow(
            long id,
            long userId,
            long territoryId,
            String territoryName,
            String prefix,
            LocalDateTime createdAt,
            @Nullable LocalDateTime lastUsedAt,
            @Nullable LocalDateTime revokedAt) {}

    /** An active token's owner, when the account can still sign in. */
    public record Owner(long feedId, String username, long territoryId) {}

    private static final String FEED = "select f.id, f.user_id, f.territory_id, t.name as territory_name, f.prefix,"
            + " f.created_at, f.last_used_at, f.revoked_at from programme_feed_token f"
            + " join territory t on t.id = f.territory_id";

    private final JdbcClient jdbc;

    FeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long userId, long territoryId, String hash, String prefix, LocalDateTime at) {
        return Columns.of()
                .set("user_id", userId)
                .set("territory_id", territoryId)
                .set("token_hash", hash)
                .set("prefix", prefix)
                .set("created_at", at)
                .insert(jdbc, "programme_feed_token");
    }

    public List<FeedRow> ofUser(long userId) {
        return jdbc.sql(FEED + " where f.user_id = :user_id order by f.created_at desc, f.id desc")
                .param("user_id", userId)
                .query(RecordRows.of(FeedRow.class))
                .list();
    }

    public Optional<FeedRow> find(long id) {
        return jdbc.sql(FEED + " where f.id = :id")
                .param("id", id)
                .query(RecordRows.of(FeedRow.class))
                .optional();
    }

    public void revoke(long id, LocalDateTime at) {
        jdbc.sql("update programme_feed_token set revoked_at = :at where id = :id and revoked_at is null")
                .param("at", at)
                .param("id", id)
                .update();
    }

    public Optional<Owner> active(String hash) {
        return jdbc.sql("select f.id as feed_id, u.username, f.territory_id from programme_feed_token f"
                        + " join app_user u on u.id = f.user_id"
                        + " where f.token_hash = :hash and f.revoked_at is null and u.enabled = true")
                .param("hash", hash)
                .query(RecordRows.of(Owner.class))
                .optional();
    }

    public void used(long id, LocalDateTime at) {
        jdbc.sql("update programme_feed_token set last_used_at = :at where id = :id")
                .param("at", at)
                .param("id", id)
                .update();
    }
}
