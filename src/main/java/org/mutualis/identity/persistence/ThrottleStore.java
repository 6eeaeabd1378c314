package org.mutualis.identity.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.domain.SignInThrottle;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code sign_in_throttle} table: failed sign-ins by account name and by address, shared by every
 * instance. Times are UTC.
 */
@Repository
public class ThrottleStore {

    private final JdbcClient jdbc;

    ThrottleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(
            int failures,
            LocalDateTime windowStart,
            @Nullable LocalDateTime lockedUntil,
            int lockouts,
            LocalDateTime forgetAfter) {

        SignInThrottle.State state() {
            return new SignInThrottle.State(
                    failures,
                    instant(windowStart),
                    lockedUntil == null ? null : instant(lockedUntil),
                    lockouts,
                    instant(forgetAfter));
        }
    }

    private static final String COLUMNS = "failures, window_start, locked_until, lockouts, forget_after";

    /** The key's state, without lock. */
    public Optional<SignInThrottle.State> read(String kind, String key) {
        return jdbc.sql("select " + COLUMNS + " from sign_in_throttle where kind = :kind and throttle_key = :key")
                .param("kind", kind)
                .param("key", key)
                .query(RecordRows.of(Row.class))
                .optional()
                .map(Row::state);
    }

    /** The key's state, its row locked until the end of the transaction. */
    public Optional<SignInThrottle.State> readForUpdate(String kind, String key) {
        return jdbc.sql("select " + COLUMNS
                        + " from sign_in_throttle where kind = :kind and throttle_key = :key for update")
                .param("kind", kind)
                .param("key", key)
                .query(RecordRows.of(Row.class))
                .optional()
                .map(Row::state);
    }

    /** Adds a fresh key; a concurrent insert of the same key fails with a duplicate key. */
    public void insert(String kind, String key, SignInThrottle.State fresh) {
        jdbc.sql("insert into sign_in_throttle (kind, throttle_key, failures, window_start, locked_until, lockouts,"
                        + " forget_after) values (:kind, :key, :failures, :window_start, null, :lockouts,"
                        + " :forget_after)")
                .param("kind", kind)
                .param("key", key)
                .param("failures", fresh.failures())
                .param("window_start", utc(fresh.windowStart()))
                .param("lockouts", fresh.lockouts())
                .param("forget_after", utc(fresh.forgetAfter()))
                .update();
    }

    public void update(String kind, String key, SignInThrottle.State state) {
        jdbc.sql("update sign_in_throttle set failures = :failures, window_start = :window_start,"
                        + " locked_until = :locked_until, lockouts = :lockouts, forget_after = :forget_after"
                        + " where kind = :kind and throttle_key = :key")
                .param("kind", kind)
                .param("key", key)
                .params(params(state))
                .update();
    }

    public void delete(String kind, String key) {
        jdbc.sql("delete from sign_in_throttle where kind = :kind and throttle_key = :key")
                .param("kind", kind)
                .param("key", key)
                .update();
    }

    /** Forgets the keys whose memory ran out: the table holds only recent failures. */
    public int forgetBefore(Instant now) {
        return jdbc.sql("delete from sign_in_throttle where forget_after < :now")
                .param("now", utc(now))
                .update();
    }

    private static java.util.Map<String, @Nullable Object> params(SignInThrottle.State state) {
        var params = new java.util.HashMap<String, @Nullable Object>();
        params.put("failures", state.failures());
        params.put("window_start", utc(state.windowStart()));
        params.put("locked_until", state.lockedUntil() == null ? null : utc(state.lockedUntil()));
        params.put("lockouts", state.lockouts());
        params.put("forget_after", utc(state.forgetAfter()));
        return params;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }
}
