package org.mutualis;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test application context its own database (an H2 in-memory database, or a
 * PostgreSQL schema) so that what one context loads at start (the demo, the first administrator)
 * never meets another context's data. In the PostgreSQL suite it also sets the datasource from
 * the {@link PostgresTestSettings}.
 */
public class TestDatabaseIsolation implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PROPERTY = "mutualis.test.db-name";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = "mt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Map<String, Object> properties = new HashMap<>();
        properties.put(PROPERTY, name);
        if (TestDatabaseProfiles.postgresSuite()) {
            properties.putAll(PostgresTestSettings.fromEnvironment().datasourceProperties(name));
        }
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("test-database-isolation", properties));
    }
}
