package org.mutualis;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Where the PostgreSQL suite connects: {@code MUTUALIS_TEST_PG_URL}, {@code MUTUALIS_TEST_PG_USER}
 * and {@code MUTUALIS_TEST_PG_PASSWORD}, or the machine's server ({@code 127.0.0.1:5432/test} as
 * {@code postgres}, no password). The one place that reads them: the availability probe, the
 * test datasource and the schema cleaning all go through it.
 */
final class PostgresTestSettings {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String DEFAULT_USER = "postgres";

    private static final int TIMEOUT_SECONDS = 3;

    private final String url;
    private final String user;
    private final String password;

    private PostgresTestSettings(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static PostgresTestSettings fromEnvironment() {
        return from(System::getenv);
    }

    /** From any variable source (the process environment, or a map in a test); blank means unset. */
    static PostgresTestSettings from(UnaryOperator<String> variables) {
        return new PostgresTestSettings(
                orDefault(variables.apply("MUTUALIS_TEST_PG_URL"), DEFAULT_URL),
                orDefault(variables.apply("MUTUALIS_TEST_PG_USER"), DEFAULT_USER),
                orDefault(variables.apply("MUTUALIS_TEST_PG_PASSWORD"), ""));
    }

    String url() {
        return url;
    }

    /** The URL of one test context's schema, whether or not the configured URL has parameters. */
    String urlWithSchema(String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The Spring datasource properties of one test context's schema. */
    Map<String, Object> datasourceProperties(String schema) {
        return Map.of(
                "spring.datasource.url", urlWithSchema(schema),
                "spring.datasource.username", user,
                "spring.datasource.password", password);
    }

    /** The user, for tools ({@code pg_dump}) and child processes. */
    String user() {
        return user;
    }

    /** The password, for tools and child processes (never printed). */
    String password() {
        return password;
    }

    /** A connection to the configured database (its default schema). */
    Connection connect() throws SQLException {
        return connect(url);
    }

    /** A connection to another URL of the same server, with the same user. */
    Connection connect(String otherUrl) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", String.valueOf(TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", String.valueOf(TIMEOUT_SECONDS));
        return DriverManager.getConnection(otherUrl, properties);
    }

    /** Empty when a connection opens with these settings; otherwise why it does not. */
    Optional<String> unreachableReason() {
        try (Connection connection = connect()) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    /** For messages: the URL and the user, never the password. */
    @Override
    public String toString() {
        return url + " as " + user;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
