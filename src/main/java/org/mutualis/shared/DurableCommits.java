package org.mutualis.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An acknowledged write survives a {@code kill -9}: on an H2 file database, commits are written to
 * the file before they return. H2 2.x (MVStore) otherwise keeps committed changes in memory for up
 * to {@code WRITE_DELAY} (500 ms by default) before a background thread writes them, so a process
 * killed in between loses writes it has already confirmed (issue 9: 4 imports of 4, and a token
 * revocation). The default URLs say {@code WRITE_DELAY=0}; this makes it hold for any H2 URL an
 * operator sets ({@code MUTUALIS_DB_URL}): the pool's URL gets {@code WRITE_DELAY=0} (so every
 * connection sets it, even after H2 closed and reopened the database), and the database is set
 * once more when the datasource is created, before Flyway or any request; the start fails if it
 * cannot be. A {@code SET WRITE_DELAY} of an earlier run is not enough: H2 2.4 reports it after a
 * restart while the store it opened uses the URL's (measured). PostgreSQL commits are durable by
 * itself ({@code synchronous_commit} on, its default); in-memory H2 databases have nothing to
 * keep. See docs/backups.md.
 */
@Configuration(proxyBeanMethods = false)
public class DurableCommits {

    private static final Logger LOG = LoggerFactory.getLogger(DurableCommits.class);
    private static final Pattern WRITE_DELAY = Pattern.compile("(?i);\\s*WRITE_DELAY\\s*=[^;]*");

    @Bean
    static BeanPostProcessor durableH2Commits() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
                    String url = withWriteDelayZero(pool.getJdbcUrl());
                    if (!url.equals(pool.getJdbcUrl())) {
                        LOG.warn("H2 : WRITE_DELAY=0 ajouté à l'URL de la base (chaque validation est écrite"
                                + " avant d'être confirmée) ; ajoutez ;WRITE_DELAY=0 à MUTUALIS_DB_URL.");
                        pool.setJdbcUrl(url);
                    }
                }
                return bean;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource) {
                    writeEachCommit(dataSource);
                }
                return bean;
            }
        };
    }

    /**
     * An H2 file URL ending with {@code ;WRITE_DELAY=0} (any other value removed); other URLs, and
     * those already ending so, unchanged.
     */
    static String withWriteDelayZero(String url) {
        if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:") || url.endsWith(";WRITE_DELAY=0")) {
            return url;
        }
        return WRITE_DELAY.matcher(url).replaceAll("") + ";WRITE_DELAY=0";
    }

    /** {@code SET WRITE_DELAY 0} on an H2 database kept in files; nothing elsewhere. */
    static void writeEachCommit(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String url = String.valueOf(connection.getMetaData().getURL());
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName()) || url.startsWith("jdbc:h2:mem:")) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET WRITE_DELAY 0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Database: cannot make commits durable (H2: SET WRITE_DELAY 0 needs an administrator account)"
                            + ": " + e.getMessage(),
                    e);
        }
    }
}
