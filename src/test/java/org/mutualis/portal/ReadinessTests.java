package org.mutualis.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicReference;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Ready only once the start-up data is loaded: while a start-up runner (the demo loader) works,
 * the readiness state refuses traffic; while it does, the load balancer's health check says 503
 * OUT_OF_SERVICE and pages answer « Mutualis démarre » rather than a sign-in that would fail.
 */
@MutualisDbTest
@AutoConfigureMockMvc
@Import(ReadinessTests.Runner.class)
class ReadinessTests {

    /** The readiness state seen by a start-up runner that runs last, while it runs. */
    static final AtomicReference<ReadinessState> DURING_START_UP = new AtomicReference<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class Runner {
        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        ApplicationRunner readinessWitness(ApplicationAvailability availability) {
            return args -> DURING_START_UP.set(availability.getReadinessState());
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationAvailability availability;

    @Test
    void startUpRunnersRunBeforeTheInstanceIsReady() {
        assertThat(DURING_START_UP.get()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
    }

    @Test
    void whileNotReadyHealthIsOutOfServiceAndPagesSaySoThenServeAgain() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            mvc.perform(get("/actuator/health"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
            mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
            mvc.perform(get("/login"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "2"))
                    .andExpect(content().string(Matchers.containsString("Mutualis démarre")));
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(status().isOk());
    }
}
