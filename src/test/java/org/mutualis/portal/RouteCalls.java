package org.mutualis.portal;

import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.ServletException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.mutualis.portal.HandlerRoutes.Route;
import org.mutualis.portal.RouteWorld.Persona;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Sends a route's request as one visitor and keeps what came back. Pages are signed in with the
 * session principal and a CSRF token, the API with the visitor's personal token, as the two
 * security chains expect. An exception that escapes every handler is what a real server turns
 * into a 500: it is recorded as such, with its cause, instead of stopping the walk.
 */
final class RouteCalls {

    record Outcome(
            int status,
            @Nullable String location,
            @Nullable String contentType,
            String body,
            @Nullable Throwable error) {

        boolean redirectsToLogin() {
            return status / 100 == 3 && location != null && location.endsWith("/login");
        }

        String describe() {
            if (error != null) {
                return "500 (unhandled " + error.getClass().getSimpleName() + ": " + error.getMessage() + ")";
            }
            return status
                    + (location == null ? "" : " → " + location)
                    + (contentType == null ? "" : " [" + contentType + "]");
        }
    }

    private RouteCalls() {}

    static Outcome call(
            MockMvc mvc,
            Route route,
            AbstractMockHttpServletRequestBuilder<?> request,
            Persona persona,
            RouteWorld world) {
        boolean api = route.pattern().startsWith("/api/");
        if (persona != Persona.ANONYMOUS) {
            if (api) {
                request.header("Authorization", "Bearer " + world.tokens.get(persona));
            } else {
                request.with(as(world.users.get(persona)));
            }
        }
        if (!api) {
            request.with(csrf());
        }
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            return new Outcome(
                    response.getStatus(),
                    response.getRedirectedUrl(),
                    response.getContentType(),
                    response.getContentAsString(StandardCharsets.UTF_8),
                    null);
        } catch (Exception e) {
            Throwable cause = e;
            while (cause instanceof ServletException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return new Outcome(500, null, null, "", cause);
        }
    }
}
