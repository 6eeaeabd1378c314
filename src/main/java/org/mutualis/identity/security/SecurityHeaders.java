package org.mutualis.identity.security;

import java.util.List;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The response headers of every page and API answer, on top of Spring Security's defaults
 * ({@code X-Content-Type-Options}, {@code X-Frame-Options: DENY}, no caching of signed-in pages,
 * and {@code Strict-Transport-Security} on HTTPS requests — behind a TLS reverse proxy, those it
 * forwards with {@code X-Forwarded-Proto: https}, see {@code server.forward-headers-strategy}):
 *
 * <ul>
 *   <li>{@code Content-Security-Policy}: scripts from this origin only, no inline script nor
 *       inline handler (every script is a file of {@code static/js}; data for a script travels in
 *       {@code <script type="application/json">} or {@code data-} attributes). Inline styles stay
 *       allowed: the procurement calendar places its bars with server-computed {@code style}
 *       percentages, which must work without JavaScript. No plugin, no framing, forms post here.
 *   <li>{@code Referrer-Policy: same-origin}: links out of Mutualis do not carry its addresses
 *       (which name campaigns and collectivités).
 *   <li>{@code Permissions-Policy}: no camera, microphone, geolocation, payment, USB… for any page.
 * </ul>
 */
final class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final String contentSecurityPolicy;

    /** Forms post to Mutualis only. */
    SecurityHeaders() {
        this(List.of());
    }

    /**
     * Forms post to Mutualis, and may be redirected to these origins too: the identity providers'
     * (signing out of ProConnect is a form posted here, then redirected to its end-session endpoint,
     * which browsers check against {@code form-action}).
     */
    SecurityHeaders(List<String> formOrigins) {
        this.contentSecurityPolicy = formOrigins.isEmpty()
                ? CONTENT_SECURITY_POLICY
                : CONTENT_SECURITY_POLICY.replace(
                        "form-action 'self'", "form-action 'self' " + String.join(" ", formOrigins));
    }

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=()";

    @Override
    public void customize(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
    }
}
