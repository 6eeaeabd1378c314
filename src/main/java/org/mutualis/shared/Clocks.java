package org.mutualis.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Clock} of the application, for every "now" and "today": the system clock in the
 * zone of the collectivités (Europe/Paris), whatever the server's zone. A test that needs a fixed
 * time declares its own {@code Clock} bean (or {@code @TestBean}) and this one steps aside.
 */
@Configuration(proxyBeanMethods = false)
public class Clocks {

    /** The zone of dates shown and stored: French collectivités. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
