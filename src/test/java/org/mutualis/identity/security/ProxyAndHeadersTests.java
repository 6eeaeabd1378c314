package org.mutualis.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutualis.TestDatabaseIsolation;
import org.mutualis.TestDatabaseProfiles;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The real server (Tomcat on a random port) as it stands behind a TLS reverse proxy, spoken to over
 * a socket so that the test sends the headers a proxy or an attacker sends: security headers on
 * pages and on the API, HSTS and Secure cookies when the proxy says https, and no redirect that
 * takes its host from the request's Host header.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@ContextConfiguration(initializers = TestDatabaseIsolation.class)
class ProxyAndHeadersTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    private RawHttp.Response get(String path, Map<String, String> headers) throws Exception {
        var all = new LinkedHashMap<String, String>();
        all.put("Host", "mutualis.example");
        all.putAll(headers);
        return RawHttp.send(port, "GET", path, all, "");
    }

    @Test
    void pagesCarryTheContentSecurityPolicyAndTheOtherHeaders() throws Exception {
        var login = get("/login", Map.of());
        assertThat(login.status()).isEqualTo(200);
        String csp = login.header("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'");
        assertThat(csp.split(";"))
                .filteredOn(directive -> directive.strip().startsWith("script-src")
                        || directive.strip().startsWith("default-src"))
                .allSatisfy(directive -> assertThat(directive).doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(login.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(login.header("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");

        var api = get("/api/me", Map.of());
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("Content-Security-Policy")).isEqualTo(csp);
        assertThat(api.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(api.header("Permissions-Policy")).contains("camera=()");
    }

    @Test
    void plainHttpGetsNoHstsAndNoSecureCookie() throws Exception {
        var login = get("/login", Map.of());
        assertThat(login.header("Strict-Transport-Security")).isNull();
        assertThat(login.cookie("JSESSIONID") == null ? login.cookie("SESSION") : login.cookie("JSESSIONID"))
                .isNotNull()
                .doesNotContainIgnoringCase("secure");
    }

    @Test
    void behindTheTlsProxyCookiesAreSecureHstsIsSentAndRedirectsStayHttps() throws Exception {
        Map<String, String> https = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.5");
        var login = get("/login", https);
        assertThat(login.header("Strict-Transport-Security")).contains("max-age=");
        String cookie = login.cookie("JSESSIONID") == null ? login.cookie("SESSION") : login.cookie("JSESSIONID");
        assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");

        var redirect = get("/campaigns", https);
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location"))
                .satisfiesAnyOf(
                        location -> assertThat(location).startsWith("/"),
                        location -> assertThat(location).startsWith("https://"));
        assertThat(redirect.header("Location")).doesNotStartWith("//").doesNotStartWith("http://");
    }

    @Test
    void aForgedHostHeaderNeverBecomesTheRedirectTarget() throws Exception {
        Map<String, String> evil = Map.of("Host", "evil.example");
        var redirect = get("/campaigns", evil);
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).doesNotContain("evil.example").startsWith("/");

        // The whole sign-in, the page asked for first being remembered under the forged host.
        CurrentUser user = TestUsers.create(accounts, Role.ANALYST);
        var first = get("/campaigns?status=open", evil);
        String session = RawHttp.session(first);
        var page = get("/login", Map.of("Host", "evil.example", "Cookie", session));
        String body = "username=" + URLEncoder.encode(user.username(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(RawHttp.csrf(page.body()), StandardCharsets.UTF_8);
        var signedIn = RawHttp.send(port, "POST", "/login", Map.of("Host", "evil.example", "Cookie", session), body);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).startsWith("/campaigns?status=open");

        var loggedOut = get("/login?logout", evil);
        assertThat(loggedOut.header("Location")).isNull();
    }
}
