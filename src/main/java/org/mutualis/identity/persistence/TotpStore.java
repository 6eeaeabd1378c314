package org.mutualis.identity.persistence;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code account_totp} (encrypted TOTP secrets) and {@code account_recovery_code} (their SHA-256). */
@Repository
public class TotpStore {

    private final JdbcClient jdbc;

    TotpStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Enrolled(String secretCipher, long lastStep) {}

    public Optional<Enrolled> of(long userId) {
        return jdbc.sql("select secret_cipher, last_step from account_totp where user_id = :id")
                .param("id", userId)
                .query(RecordRows.of(Enrolled.class))
                .optional();
    }

    public void insert(long userId, String secretCipher, long step, LocalDateTime at) {
        jdbc.sql("insert into account_totp (user_id, secret_cipher, enabled_at, last_step)"
                        + " values (:id, :cipher, :at, :step)")
                .param("id", userId)
                .param("cipher", secretCipher)
                .param("at", at)
                .param("step", step)
                .update();
    }

    /** Marks {@code step} used; false when it (or a later one) already was: a code serves once, even raced. */
    public boolean use(long userId, long step) {
        return jdbc.sql("update account_totp set last_step = :step where user_id = :id and last_step < :step")
                        .param("id", userId)
                        .param("step", step)
                        .update()
                == 1;
    }

    public void delete(long userId) {
        jdbc.sql("delete from account_recovery_code where user_id = :id")
                .param("id", userId)
                .update();
        jdbc.sql("delete from account_totp where user_id = :id")
                .param("id", userId)
                .update();
    }

    public void replaceRecoveryCodes(long userId, List<String> hashes) {
        jdbc.sql("delete from account_recovery_code where user_id = :id")
                .param("id", userId)
                .update();
        for (String hash : hashes) {
            jdbc.sql("insert into account_recovery_code (user_id, code_hash) values (:id, :hash)")
                    .param("id", userId)
                    .param("hash", hash)
                    .update();
        }
    }

    /** Uses up an unused recovery code of this account; false when there is none with this hash. */
    public boolean useRecoveryCode(long userId, String hash, LocalDateTime at) {
        return jdbc.sql("update account_recovery_code set used_at = :at"
                                + " where user_id = :id and code_hash = :hash and used_at is null")
                        .param("at", at)
                        .param("id", userId)
                        .param("hash", hash)
                        .update()
                == 1;
    }

    public int recoveryCodesLeft(long userId) {
        return jdbc.sql("select count(*) from account_recovery_code where user_id = :id and used_at is null")
                .param("id", userId)
                .query(Integer.class)
                .single();
    }
}
