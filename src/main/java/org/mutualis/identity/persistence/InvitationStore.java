package org.mutualis.identity.persistence;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.AccountSummary;
import org.mutualis.shared.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code account_invitation} table: one-time links, kept as the SHA-256 of their token. */
@Repository
public class InvitationStore {

    /** An invitation found by its token's hash, with the state of its account. */
    public record Found(
            long id,
            @Nullable LocalDateTime usedAt,
            @Nullable LocalDateTime revokedAt,
            LocalDateTime expiresAt,
            AccountSummary account) {}

    private final JdbcClient jdbc;

    InvitationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(
            long userId, String tokenHash, String createdBy, LocalDateTime createdAt, LocalDateTime expiresAt) {
        Columns.of()
                .set("user_id", userId)
                .set("token_hash", tokenHash)
                .set("created_by", createdBy)
                .set("created_at", createdAt)
                .set("expires_at", expiresAt)
                .insertRow(jdbc, "account_invitation");
    }

    public Optional<Found> byHash(String tokenHash) {
        return jdbc.sql("select i.id as invitation_id, i.used_at, i.revoked_at, i.expires_at, " + AccountStore.COLUMNS
                        + " from account_invitation i join app_user u on u.id = i.user_id"
                        + " where i.token_hash = :token_hash")
                .param("token_hash", tokenHash)
                .query((rs, row) -> new Found(
                        rs.getLong("invitation_id"),
                        rs.getObject("used_at", LocalDateTime.class),
                        rs.getObject("revoked_at", LocalDateTime.class),
                        rs.getObject("expires_at", LocalDateTime.class),
                        AccountStore.ACCOUNT.mapRow(rs, row)))
                .optional();
    }

    /** The account's live invitation (neither used, revoked nor expired at {@code now}), if any. */
    public Optional<Long> live(long userId, LocalDateTime now) {
        return jdbc.sql("select id from account_invitation where user_id = :user_id"
                        + " and used_at is null and revoked_at is null and expires_at > :now"
                        + " order by created_at desc, id desc fetch first 1 rows only")
                .param("user_id", userId)
                .param("now", now)
                .query(Long.class)
                .optional();
    }

    /** Marks a live invitation used; false when it was used, revoked or expired in the meantime. */
    public boolean markUsed(long id, LocalDateTime at) {
        return jdbc.sql("update account_invitation set used_at = :at"
                                + " where id = :id and used_at is null and revoked_at is null and expires_at > :at")
                        .param("at", at)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Revokes the account's links not used yet: only the newest invitation works. */
    public void revokeUnused(long userId, LocalDateTime at) {
        jdbc.sql("update account_invitation set revoked_at = :at"
                        + " where user_id = :user_id and used_at is null and revoked_at is null")
                .param("at", at)
                .param("user_id", userId)
                .update();
    }
}
