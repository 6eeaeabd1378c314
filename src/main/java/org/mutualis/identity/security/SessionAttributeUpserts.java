package org.mutualis.identity.security;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * A session attribute is written as an upsert, not a plain insert. Two requests of one session
 * that both add the same attribute at once (the first pages after sign-in each making the CSRF
 * token, a page and its scripts' requests) otherwise both insert it, and the second fails on the
 * attribute table's primary key: a 500 for a person who did nothing wrong (seen under load, issue 11).
 * PostgreSQL: Spring Session's own {@code ON CONFLICT} query; H2: its {@code MERGE … KEY}.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpserts {

    static final String H2_UPSERT = "MERGE INTO %TABLE_NAME%_ATTRIBUTES"
            + " (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)"
            + " KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource)
            throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
        if ("PostgreSQL".equals(product)) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        if ("H2".equals(product)) {
            return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
        }
        return repository -> {};
    }
}
