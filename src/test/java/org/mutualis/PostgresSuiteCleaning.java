package org.mutualis;

import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL suite shares a server: each test context drops its own schema when it closes,
 * through the context's datasource (set from {@link PostgresTestSettings}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("pgtest")
class PostgresSuiteCleaning implements DisposableBean {

    private final JdbcTemplate jdbc;
    private final String schema;

    PostgresSuiteCleaning(DataSource dataSource, @Value("${" + TestDatabaseIsolation.PROPERTY + "}") String schema) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.schema = schema;
    }

    @Override
    public void destroy() {
        if (schema.matches("mt_[0-9a-f]{16}")) {
            jdbc.execute("drop schema if exists " + schema + " cascade");
        }
    }
}
