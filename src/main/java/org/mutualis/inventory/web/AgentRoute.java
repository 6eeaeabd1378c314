package org.mutualis.inventory.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The agents' route, looked up before all others: {@code POST /api/inventory/agent/{enrolmentToken}}
 * goes straight to {@link AgentEndpointController#handleRequest}. Spring MVC's own lookup cannot find
 * an address with a variable in a map: it tries every route of the application in turn, which cost
 * as much as reading the inventory. The pattern and the token are the annotated route's, matched
 * the same way (the same parser, the decoded segment); any other method or address goes on to Spring
 * MVC. Inside the DispatcherServlet, so every filter and security rule applies as before.
 */
@Component
class AgentRoute extends AbstractHandlerMapping {

    /** The request attribute holding the token of the address. */
    static final String TOKEN = AgentRoute.class.getName() + ".token";

    private static final PathPattern PATTERN =
            PathPatternParser.defaultInstance.parse("/api/inventory/agent/{enrolmentToken}");

    private final AgentEndpointController endpoint;

    AgentRoute(AgentEndpointController endpoint) {
        this.endpoint = endpoint;
        setOrder(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    protected @Nullable Object getHandlerInternal(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        PathContainer path = (ServletRequestPathUtils.hasParsedRequestPath(request)
                        ? ServletRequestPathUtils.getParsedRequestPath(request)
                        : ServletRequestPathUtils.parseAndCache(request))
                .pathWithinApplication();
        PathPattern.PathMatchInfo match = PATTERN.matchAndExtract(path);
        if (match == null) {
            return null;
        }
        request.setAttribute(TOKEN, match.getUriVariables().get("enrolmentToken"));
        return endpoint;
    }
}
