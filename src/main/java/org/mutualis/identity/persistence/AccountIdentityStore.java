package org.mutualis.identity.persistence;

import java.time.LocalDateTime;
import java.util.Optional;
import org.mutualis.shared.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code account_identity} table: which account an OpenID Connect identity (issuer and
 * subject) signs in as.
 */
@Repository
public class AccountIdentityStore {

    private final JdbcClient jdbc;

    AccountIdentityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account this identity is linked to, if any. */
    public Optional<Long> accountOf(String issuer, String subject) {
        return jdbc.sql("select user_id from account_identity where issuer = :issuer and subject = :subject")
                .param("issuer", issuer)
                .param("subject", subject)
                .query(Long.class)
                .optional();
    }

    /** Links the identity to the account, in place of the account's earlier identity at this issuer. */
    public void link(long userId, String issuer, String subject, LocalDateTime at) {
        jdbc.sql("delete from account_identity where user_id = :user_id and issuer = :issuer")
                .param("user_id", userId)
                .param("issuer", issuer)
                .update();
        Columns.of()
                .set("user_id", userId)
                .set("issuer", issuer)
                .set("subject", subject)
                .set("linked_at", at)
                .set("last_signed_in", at)
                .insertRow(jdbc, "account_identity");
    }

    public void signedIn(String issuer, String subject, LocalDateTime at) {
        jdbc.sql("update account_identity set last_signed_in = :at where issuer = :issuer and subject = :subject")
                .param("at", at)
                .param("issuer", issuer)
                .param("subject", subject)
                .update();
    }
}
