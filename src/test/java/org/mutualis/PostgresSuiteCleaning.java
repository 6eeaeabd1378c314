package org.mutualis;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The PostgreSQL suite shares a server: start each test context from an empty schema. */
@Configuration(proxyBeanMethods = false)
@Profile("pgtest")
class PostgresSuiteCleaning {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
