package org.mutualis;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.savings.OfferView;
import org.mutualis.savings.Offers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * More concurrent requests than the connection pool holds, on every list page, the savings pages
 * and the scenario comparison (page and API), over real HTTP: every one of them is answered. A
 * request that holds a pooled connection while it asks for another (a query inside a row mapper,
 * two connections at once outside one transaction) deadlocks the pool as soon as as many requests
 * as connections do so at once: nobody gets a connection until Hikari's timeout, then 500s. Before
 * the fix, the scenario comparison and the offers did so (issue 11: 0 requests answered in 15 s
 * with 50 clients on PostgreSQL). The pool is made of 2 connections here and 12 requests run at
 * once; the connection timeout is long enough (20 s) that waiting in line never trips it, only a
 * deadlock does. Runs on H2 and again on PostgreSQL (the {@code db} group).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "mutualis.demo.enabled=true",
            "server.address=127.0.0.1",
            // On H2, a database in files as in production (in memory, H2 keeps no trace file);
            // PostgreSQL in the PostgreSQL suite (TestDatabaseIsolation sets its URL over this one).
            "spring.datasource.url=jdbc:h2:file:./target/pool-tests/${mutualis.test.db-name};WRITE_DELAY=0",
            "spring.datasource.hikari.maximum-pool-size=2",
            "spring.datasource.hikari.minimum-idle=2",
            "spring.datasource.hikari.connection-timeout=20000",
            // More request threads than connections, as in production (Tomcat 200, Hikari 10).
            "server.tomcat.threads.max=24"
        })
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@ContextConfiguration(initializers = TestDatabaseIsolation.class)
@ExtendWith(PostgresAvailability.class)
@Import(PoolDeadlockTests.HeldConnections.class)
@Tag("db")
class PoolDeadlockTests {

    /**
     * Counts the pooled connections each thread holds at once: a request that asks the pool for
     * a second connection while it holds one (outside one transaction) is what deadlocks the pool
     * when as many requests as connections do so together. It says which request and where.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class HeldConnections {

        static final ThreadLocal<int[]> HELD = ThreadLocal.withInitial(() -> new int[1]);
        static final List<String> SECOND_CONNECTIONS = new java.util.concurrent.CopyOnWriteArrayList<>();
        /** Columns a request's queries asked the driver for by a name the result did not have. */
        static final Set<String> MISSED_COLUMNS = new java.util.concurrent.ConcurrentSkipListSet<>();

        static final ThreadLocal<String> REQUEST = new ThreadLocal<>();

        @Bean
        static BeanPostProcessor countHeldConnections() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource pool && !(bean instanceof Counting)) {
                        return new Counting(pool);
                    }
                    return bean;
                }
            };
        }

        @Bean
        static org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter> nameRequests() {
            var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter>(
                    (request, response, chain) -> {
                        var http = (jakarta.servlet.http.HttpServletRequest) request;
                        REQUEST.set(http.getMethod() + " " + http.getRequestURI());
                        try {
                            chain.doFilter(request, response);
                        } finally {
                            REQUEST.remove();
                        }
                    });
            registration.setOrder(Integer.MIN_VALUE);
            return registration;
        }

        static final class Counting extends DelegatingDataSource {

            Counting(DataSource pool) {
                super(pool);
            }

            @Override
            public Connection getConnection() throws SQLException {
                return counted(super.getConnection());
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return counted(super.getConnection(username, password));
            }

            private static Connection counted(Connection connection) {
                int[] held = HELD.get();
                held[0]++;
                String request = REQUEST.get();
                if (held[0] > 1 && request != null) {
                    SECOND_CONNECTIONS.add(request + " (" + held[0] + " connexions, " + caller() + ")");
                }
                boolean[] closed = {false};
                return (Connection) Proxy.newProxyInstance(
                        Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                            if (method.getName().equals("close") && !closed[0]) {
                                closed[0] = true;
                                HELD.get()[0]--;
                            }
                            return watched(invoke(connection, method, args), method);
                        });
            }

            /** Statements and result sets, watched for column look-ups that miss. */
            private static Object watched(Object result, Method method) {
                Class<?> type = method.getReturnType();
                if (result == null
                        || !(type == Statement.class || type == PreparedStatement.class || type == ResultSet.class)) {
                    return result;
                }
                return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, inner, args) -> {
                    if (inner.getName().equals("findColumn")) {
                        try {
                            return inner.invoke(result, args);
                        } catch (InvocationTargetException e) {
                            String request = REQUEST.get();
                            if (request != null) {
                                MISSED_COLUMNS.add(request + " : " + args[0] + " (" + caller() + ")");
                            }
                            throw e.getCause();
                        }
                    }
                    return watched(invoke(result, inner, args), inner);
                });
            }

            private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }

            private static String caller() {
                return java.util.Arrays.stream(new Throwable().getStackTrace())
                        .filter(f -> f.getClassName().startsWith("org.mutualis.")
                                && !f.getClassName().startsWith("org.mutualis.PoolDeadlockTests"))
                        .map(StackTraceElement::toString)
                        .findFirst()
                        .orElse("?");
            }
        }
    }

    /** Concurrent requests per route: six times the pool. */
    private static final int CONCURRENT = 12;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    @LocalServerPort
    int port;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Accounts accounts;

    @Autowired
    Offers offers;

    final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    long territory;
    long campaign;
    long offer;
    String token;

    @BeforeEach
    void demo() {
        CampaignSummary study = campaigns.all().stream()
                .filter(c -> c.name().equals("Infrastructure & Réseaux 2012"))
                .findFirst()
                .orElseThrow();
        campaign = study.id();
        territory = study.territoryId();
        CurrentUser analyst = accounts.find("analyste").orElseThrow();
        offer = offers.ofTerritory(territory, analyst).stream()
                .map(OfferView::id)
                .findFirst()
                .orElseThrow();
        token = accounts.issueToken(analyst.id(), "pool").secret();
    }

    @Test
    void everyListAndComparisonAnswersMoreConcurrentRequestsThanThePoolHolds() throws Exception {
        String analyst = signIn("analyste", "demo-analyste-2012");
        String elected = signIn("elu", "demo-elu-2012");
        String correspondent = signIn("morlaix", "demo-morlaix-2012");
        String t = "?territory=" + territory;
        Map<String, HttpRequest> routes = new LinkedHashMap<>();
        // The savings and procurement side.
        routes.put("offres", page("/offers" + t, analyst));
        routes.put("économies d'une offre", page("/offers/" + offer, analyst));
        routes.put("scénarios (comparaison)", page("/scenarios" + t, analyst));
        routes.put("scénarios (élu)", page("/scenarios" + t, elected));
        routes.put("scénarios (correspondant)", page("/scenarios" + t, correspondent));
        routes.put("API comparaison", api("/api/scenarios/comparison" + t));
        routes.put("API offres", api("/api/offers" + t));
        routes.put("API scénarios", api("/api/scenarios" + t));
        routes.put("consultations", page("/procurements" + t, analyst));
        routes.put("calendrier", page("/procurements/calendar" + t, analyst));
        // The lists and the census pages.
        routes.put("accueil (analyste)", page("/", analyst));
        routes.put("accueil (élu)", page("/", elected));
        routes.put("accueil (correspondant)", page("/", correspondent));
        routes.put("campagnes", page("/campaigns", analyst));
        routes.put("territoires", page("/territories", analyst));
        routes.put("suivi", page("/campaigns/" + campaign + "/follow-up", analyst));
        routes.put("synthèse", page("/campaigns/" + campaign + "/synthesis", analyst));
        routes.put("API synthèse", api("/api/campaigns/" + campaign + "/synthesis"));

        // Each route once, alone: the session gets its CSRF token (a first page of a fresh session
        // stores it; twelve first pages at once would race on storing it, another matter).
        for (HttpRequest request : routes.values()) {
            assertThat(http.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .as(request.uri().toString())
                    .isEqualTo(200);
        }
        HeldConnections.SECOND_CONNECTIONS.clear();
        HeldConnections.MISSED_COLUMNS.clear();
        List<String> failures = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT);
        try {
            for (Map.Entry<String, HttpRequest> route : routes.entrySet()) {
                List<Callable<Integer>> requests = new ArrayList<>();
                for (int i = 0; i < CONCURRENT; i++) {
                    requests.add(() -> http.send(route.getValue(), HttpResponse.BodyHandlers.discarding())
                            .statusCode());
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : clients.invokeAll(requests)) {
                    try {
                        statuses.add(answer.get());
                    } catch (java.util.concurrent.ExecutionException e) {
                        statuses.add(-1);
                    }
                }
                if (statuses.stream().anyMatch(s -> s != 200)) {
                    failures.add(route.getKey() + " " + route.getValue().uri().getPath() + " → " + statuses);
                }
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(failures)
                .as("routes where some of %d concurrent requests (pool of 2) were not answered 200", CONCURRENT)
                .isEmpty();
        assertThat(HeldConnections.SECOND_CONNECTIONS)
                .as("requests that asked the pool for a second connection while holding one")
                .isEmpty();
        assertThat(HeldConnections.MISSED_COLUMNS)
                .as("columns looked up by a name the query does not have (an exception per row each, and on H2"
                        + " a line of its trace file, written under a lock every connection shares)")
                .isEmpty();
    }

    private HttpRequest page(String path, String session) {
        return HttpRequest.newBuilder(uri(path))
                .header("Cookie", "SESSION=" + session)
                .header("Accept", "text/html")
                .timeout(Duration.ofSeconds(90))
                .GET()
                .build();
    }

    private HttpRequest api(String path) {
        return HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(90))
                .GET()
                .build();
    }

    /** Signs in through the sign-in form; the session cookie. */
    private String signIn(String username, String password) throws Exception {
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).as("CSRF token of the sign-in page").isTrue();
        String cookie = session(login).orElseThrow();
        String body =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Cookie", "SESSION=" + cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(signedIn.statusCode()).as("sign-in of " + username).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("/login");
        return session(signedIn).orElse(cookie);
    }

    private static java.util.Optional<String> session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
