package org.mutualis.inventory.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The agents' dedicated route takes exactly the annotated route's requests, and its token. */
class AgentRouteTests {

    private final AgentEndpointController endpoint = new AgentEndpointController(null, 1024);

    private final AgentRoute route = new AgentRoute(endpoint);

    private Object handler(String method, String path) {
        return route.getHandlerInternal(new MockHttpServletRequest(method, path));
    }

    @Test
    void aPostToAnAgentsAddressGoesToTheEndpointWithItsToken() {
        var request = new MockHttpServletRequest("POST", "/api/inventory/agent/q7K5f3ZT-Pj_x");
        assertThat(route.getHandlerInternal(request)).isSameAs(endpoint);
        assertThat(request.getAttribute(AgentRoute.TOKEN)).isEqualTo("q7K5f3ZT-Pj_x");
    }

    @Test
    void theTokenIsDecodedAsSpringMvcDecodesAPathVariable() {
        var request = new MockHttpServletRequest("POST", "/api/inventory/agent/a%20b");
        assertThat(route.getHandlerInternal(request)).isSameAs(endpoint);
        assertThat(request.getAttribute(AgentRoute.TOKEN)).isEqualTo("a b");
    }

    @Test
    void anyOtherMethodOrAddressIsLeftToSpringMvc() {
        assertThat(handler("GET", "/api/inventory/agent/tok")).isNull();
        assertThat(handler("PUT", "/api/inventory/agent/tok")).isNull();
        assertThat(handler("POST", "/api/inventory/agent/tok/more")).isNull();
        assertThat(handler("POST", "/api/inventory/agent/tok/")).isNull();
        assertThat(handler("POST", "/api/inventory/agent/")).isNull();
        assertThat(handler("POST", "/api/inventory/agents/tok")).isNull();
        assertThat(handler("POST", "/api/inventory/collectivities/1/enrolments"))
                .isNull();
    }
}
