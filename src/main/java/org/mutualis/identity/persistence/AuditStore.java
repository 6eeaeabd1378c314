package org.mutualis.identity.persistence;

import org.jspecify.annotations.Nullable;
import org.mutualis.identity.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code audit_log} table: append only. */
@Repository
public class AuditStore {

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(String username, String action, @Nullable String detail) {
        jdbc.sql("insert into audit_log (at, username, action, detail) values (?, ?, ?, ?)")
                .params(Utc.now(), cut(username, 100), cut(action, 50), detail == null ? null : cut(detail, 1000))
                .update();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
