package org.mutualis.territory.web;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * MockMvc through the real filter chain, with {@code @WithMockUser} honoured. In Boot 4 that
 * wiring comes with {@code @AutoConfigureMockMvc} only when spring-boot-security-test is on the
 * class path, which the project does not have; {@code springSecurity()} does the same here.
 */
final class SignedInMockMvc {

    private SignedInMockMvc() {}

    static MockMvc of(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }
}
