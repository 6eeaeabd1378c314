package org.mutualis.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the instance is not ready — Tomcat already answers, but the start-up data (the demo, its
 * accounts) is still being loaded — every request but the health checks gets a short 503 « Mutualis
 * démarre » with {@code Retry-After}, rather than a sign-in page whose accounts do not exist yet.
 * Ready means Spring Boot's readiness state {@link ReadinessState#ACCEPTING_TRAFFIC}, published once
 * every start-up runner (the demo loader) has finished and committed; {@code /actuator/health}
 * says OUT_OF_SERVICE (503) until then (docs/operations.md).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class StartingUp extends OncePerRequestFilter {

    /** Seconds after which a client may try again. */
    static final int RETRY_AFTER = 2;

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><meta http-equiv="refresh" content="2">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Mutualis démarre</title></head>
            <body><main><h1>Mutualis démarre</h1>
            <p role="status">Le service finit de charger ses données. Cette page se recharge d’elle-même dans quelques secondes.</p>
            </main></body></html>
            """;

    private final ObjectProvider<ApplicationAvailability> availability;

    /** Looked up once: a bean lookup on every request cost a tenth of a simple page under load. */
    private volatile @Nullable ApplicationAvailability state;

    private volatile boolean looked;

    StartingUp(ObjectProvider<ApplicationAvailability> availability) {
        this.availability = availability;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ready() || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/")) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
    }

    private boolean ready() {
        if (!looked) {
            state = availability.getIfAvailable();
            looked = true;
        }
        ApplicationAvailability state = this.state;
        // Without availability tracking (a test slice), there is nothing to wait for.
        return state == null || state.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }
}
