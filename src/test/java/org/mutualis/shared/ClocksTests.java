package org.mutualis.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class ClocksTests {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2012-06-01T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void theSystemClockInParis() {
        new ApplicationContextRunner().withUserConfiguration(Clocks.class).run(context -> {
            Clock clock = context.getBean(Clock.class);
            assertThat(clock.getZone()).isEqualTo(Clocks.ZONE);
            assertThat(clock.instant()).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
        });
    }

    @Test
    void aClockOfTheTestsWins() {
        new ApplicationContextRunner()
                .withUserConfiguration(FixedClock.class, Clocks.class)
                .run(context -> assertThat(context.getBean(Clock.class)).isSameAs(FIXED));
    }

    @Configuration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock fixedClock() {
            return FIXED;
        }
    }
}
