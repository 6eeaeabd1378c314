package org.mutualis;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test that talks to the database. Runs on H2 in the default suite and again on PostgreSQL in
 * the {@code db} group of the PostgreSQL suite (profile {@code pgtest}, see pom.xml and .ci/run).
 * Each application context gets a database of its own ({@link TestDatabaseIsolation}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@ContextConfiguration(initializers = TestDatabaseIsolation.class)
@ExtendWith(PostgresAvailability.class)
@Tag("db")
public @interface MutualisDbTest {}
