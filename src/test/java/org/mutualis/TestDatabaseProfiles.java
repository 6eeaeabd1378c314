package org.mutualis;

import org.springframework.test.context.ActiveProfilesResolver;

/** {@code test} (H2 in memory) by default; {@code test,pgtest} when the PostgreSQL suite runs. */
public class TestDatabaseProfiles implements ActiveProfilesResolver {

    static boolean postgresSuite() {
        return "postgres".equals(System.getProperty("mutualis.test.db"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return postgresSuite() ? new String[] {"test", "pgtest"} : new String[] {"test"};
    }
}
