package org.mutualis.portal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The load balancer's health check: {@code /actuator/health} answers anyone with the status alone
 * (the database checked), and no other actuator endpoint exists, even for an administrator.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class HealthEndpointTests {

    @Autowired
    MockMvc mvc;

    @Test
    void healthAnswersAnyoneWithTheStatusOnly() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist())
                .andExpect(jsonPath("$.details").doesNotExist());
        // The probes' groups, for an orchestrator: status only as well.
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void noOtherActuatorEndpointIsServed() throws Exception {
        for (String path : new String[] {
            "/actuator",
            "/actuator/env",
            "/actuator/beans",
            "/actuator/info",
            "/actuator/metrics",
            "/actuator/heapdump",
            "/actuator/loggers",
            "/actuator/mappings",
            "/actuator/sessions",
            "/actuator/shutdown"
        }) {
            mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
            mvc.perform(get(path).with(TestUsers.as(TestUsers.someone(Role.ADMIN))))
                    .andExpect(status().isNotFound());
        }
    }
}
