package org.mutualis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.IssuedToken;
import org.mutualis.identity.security.ExpiredSessions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The production shape in small: two instances of the application (two Spring contexts, each with
 * its own web server on a random port) started together on ONE PostgreSQL schema, with the demo,
 * as two servers behind a load balancer without sticky sessions would be. Runs in the PostgreSQL
 * suite; the H2 suite skips it (an H2 file serves one process).
 */
@Tag("db")
@ExtendWith(PostgresAvailability.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralInstancesTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();
    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;

    @BeforeAll
    void startTwoInstancesTogether() throws Exception {
        if (!TestDatabaseProfiles.postgresSuite()) {
            return;
        }
        PostgresTestSettings settings = PostgresTestSettings.fromEnvironment();
        String schema = "mt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        // The schema exists before the instances start, as in production; Flyway's lock then lets one
        // instance migrate while the other waits.
        try (Connection connection =
                        DriverManager.getConnection(settings.url(), PostgresTestSettings.DEFAULT_USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        }
        String[] args = settings.datasourceProperties(schema).entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .collect(Collectors.toCollection(ArrayList::new))
                .toArray(String[]::new);
        String[] common = {
            "--" + TestDatabaseIsolation.PROPERTY + "=" + schema,
            "--server.port=0",
            "--server.address=127.0.0.1",
            // Both load the demo at once: before the instance lock, one crashed on a duplicate key.
            "--mutualis.demo.enabled=true",
            // The test runs the clean-up job itself, at the same moment on both instances.
            "--mutualis.sessions.cleanup-cron=-"
        };
        String[] all = concat(args, common);
        // Two applications starting at once in one JVM would both reset the one logback context
        // (« Unable to find Spring Environment in logger context »): the test JVM's logging, set up
        // already, serves both; what starts concurrently is what the test is about, the demo loaders.
        String logging = System.getProperty(LOGGING_SYSTEM);
        System.setProperty(LOGGING_SYSTEM, "none");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var startA = CompletableFuture.supplyAsync(() -> start(all), pool);
            var startB = CompletableFuture.supplyAsync(() -> start(all), pool);
            a = startA.get(4, TimeUnit.MINUTES);
            b = startB.get(4, TimeUnit.MINUTES);
        } finally {
            pool.shutdown();
            if (logging == null) {
                System.clearProperty(LOGGING_SYSTEM);
            } else {
                System.setProperty(LOGGING_SYSTEM, logging);
            }
        }
    }

    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    private ConfigurableApplicationContext start(String[] args) {
        var context = new SpringApplicationBuilder(MutualisApplication.class)
                .profiles("test", "pgtest")
                .run(args);
        synchronized (started) {
            started.add(context);
        }
        return context;
    }

    @AfterAll
    void stop() {
        started.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void twoDemoLoadersStartingTogetherBothComeUpAndLoadTheDemoOnce() throws Exception {
        skipOutsideThePostgresSuite();
        assertThat(get(a, "/actuator/health", null).body()).contains("\"status\":\"UP\"");
        assertThat(get(b, "/actuator/health", null).body()).contains("\"status\":\"UP\"");
        JdbcClient jdbc = a.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from territory where epci_siren = '242900835'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from app_user where username = 'admin'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aSessionOpenedOnOneInstanceWorksOnTheOtherAndEndsOnBoth() throws Exception {
        skipOutsideThePostgresSuite();
        String cookie = signIn(a, "elu", "demo-elu-2012");

        var page = get(b, "/account/tokens", cookie);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<span>elu</span>");
        // A form read on B posts on A: the CSRF token lives in the shared session too.
        var created = post(a, "/account/tokens", cookie, Map.of("_csrf", csrf(page.body()), "name", "from B's form"));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("from B");

        // Disabled on A (by an administrator there): the session is refused on B at once.
        Accounts accountsOnA = a.getBean(Accounts.class);
        CurrentUser admin = accountsOnA.find("admin").orElseThrow();
        CurrentUser elected = accountsOnA.find("elu").orElseThrow();
        accountsOnA.setEnabled(elected.id(), false, admin);
        try {
            var refused = get(b, "/account/tokens", cookie);
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login");
            assertThat(get(a, "/account/tokens", cookie).statusCode()).isEqualTo(302);
        } finally {
            accountsOnA.setEnabled(elected.id(), true, admin);
        }
    }

    @Test
    void aTokenWorksOnBothInstancesAndItsRevocationOnOneIsSeenByTheOther() throws Exception {
        skipOutsideThePostgresSuite();
        Accounts accountsOnA = a.getBean(Accounts.class);
        CurrentUser analyst = accountsOnA.find("analyste").orElseThrow();
        IssuedToken token = accountsOnA.issueToken(analyst.id(), "two instances");
        assertThat(api(a, token).statusCode()).isEqualTo(200);
        assertThat(api(b, token).statusCode()).isEqualTo(200);

        // Revoked through A's page, by its owner.
        String cookie = signIn(a, "analyste", "demo-analyste-2012");
        String form = get(a, "/account/tokens", cookie).body();
        var revoked = post(a, "/account/tokens/" + token.id() + "/revoke", cookie, Map.of("_csrf", csrf(form)));
        assertThat(revoked.statusCode()).isEqualTo(302);

        assertThat(api(b, token).statusCode()).isEqualTo(401);
        assertThat(api(a, token).statusCode()).isEqualTo(401);
    }

    @Test
    void aScheduledJobCalledOnBothInstancesAtOnceRunsOnce() throws Exception {
        skipOutsideThePostgresSuite();
        ExpiredSessions onA = a.getBean(ExpiredSessions.class);
        ExpiredSessions onB = b.getBean(ExpiredSessions.class);
        int before = onA.runs() + onB.runs();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> {
                go.await();
                onA.cleanUp();
                return null;
            });
            var second = pool.submit(() -> {
                go.await();
                onB.cleanUp();
                return null;
            });
            go.countDown();
            first.get(1, TimeUnit.MINUTES);
            second.get(1, TimeUnit.MINUTES);
        } finally {
            pool.shutdown();
        }
        assertThat(onA.runs() + onB.runs() - before).isEqualTo(1);
    }

    /** Signs in through A's form as a browser would; returns the SESSION cookie. */
    private String signIn(ConfigurableApplicationContext instance, String username, String password) throws Exception {
        var login = get(instance, "/login", null);
        String anonymous = sessionCookie(login).orElseThrow();
        var signedIn = post(
                instance,
                "/login",
                anonymous,
                Map.of("username", username, "password", password, "_csrf", csrf(login.body())));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        // The session cookie keeps the attributes the container's cookie had.
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax"));
        return sessionCookie(signedIn).orElseThrow();
    }

    private static java.util.Optional<String> sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst();
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a CSRF field in the page").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String cookie)
            throws Exception {
        var request = HttpRequest.newBuilder(uri(instance, path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(
            ConfigurableApplicationContext instance, String path, String cookie, Map<String, String> form)
            throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(uri(instance, path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> api(ConfigurableApplicationContext instance, IssuedToken token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(instance, "/api/me"))
                        .header("Authorization", "Bearer " + token.secret())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext instance, String path) {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void skipOutsideThePostgresSuite() {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                TestDatabaseProfiles.postgresSuite(), "runs in the PostgreSQL suite: instances share one PostgreSQL");
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
