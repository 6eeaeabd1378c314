package org.mutualis.identity.persistence;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.Utc;
import org.mutualis.shared.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code audit_log} table: append only. */
@Repository
public class AuditStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void append(String username, String action, @Nullable String detail) {
        Columns.of()
                .set("at", Utc.now(clock))
                .set("username", cut(username, 100))
                .set("action", cut(action, 50))
                .set("detail", detail == null ? null : cut(detail, 1000))
                .insertRow(jdbc, "audit_log");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
