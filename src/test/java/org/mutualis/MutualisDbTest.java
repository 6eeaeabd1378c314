package org.mutualis;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test that talks to the database. Runs on H2 in the default suite and again on PostgreSQL in
 * the {@code db} group of the PostgreSQL suite (profile {@code pgtest}, see pom.xml and .ci/run).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@ExtendWith(PostgresAvailability.class)
@Tag("db")
public @interface MutualisDbTest {}
