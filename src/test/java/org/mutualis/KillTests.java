package org.mutualis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An acknowledged write survives {@code kill -9} (issue 9, point 6). The real application runs in
 * a process of its own ({@link AppProcess}) on a database kept between runs: each cycle signs in
 * through the sign-in form, creates an API token (a page), revokes the previous one (a page), and
 * imports the answers of the 29 collectivités of the 2012 territory (into the demo's 2026 census) through the API with the new
 * token — and the process is killed with SIGKILL right after the last of these to be answered
 * (the import's 200 on odd cycles, the revocation's redirect on even ones). The next start must
 * show all three: the token works, the revoked one is refused, every imported value is there.
 *
 * <p>On H2 (the default suite) half the cycles run on the default URL of application.properties
 * in the process's working directory, half on an H2 URL without {@code WRITE_DELAY} as an
 * operator might set it in {@code MUTUALIS_DB_URL} (shared.DurableCommits must correct it). On
 * PostgreSQL (the {@code db} group of the PostgreSQL suite) on two schemas of their own. Before the
 * fix, H2 lost 17 imports of 20 (493 values) and 10 revocations of 10 (the revoked tokens worked
 * again), on both URLs.
 */
@Tag("db")
@ExtendWith(PostgresAvailability.class)
class KillTests {

    /** Two databases (lanes) per suite: 20 kills on H2, 20 on PostgreSQL. */
    private static final int KILLS_PER_LANE = 10;

    private static final Pattern DEMO_READY = Pattern.compile("Démo (Morlaix 2012 déjà chargée|chargée)");
    /** The demo's open census (the 2012 study's are closed: their answers are frozen). */
    private static final String CAMPAIGN = "Recensement 2026";

    private static final String ANALYST = "analyste";
    private static final String ANALYST_PASSWORD = "demo-analyste-2012";
    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    @Test
    void everyAcknowledgedWriteSurvivesAKillMinus9() throws Exception {
        List<String> losses = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        List<String> schemas = new ArrayList<>();
        List<Callable<Integer>> lanes = new ArrayList<>();
        PostgresTestSettings settings = PostgresTestSettings.fromEnvironment();
        if (TestDatabaseProfiles.postgresSuite()) {
            for (int lane = 1; lane <= 2; lane++) {
                String schema = "mt_kill_"
                        + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
                execute(settings, "create schema " + schema);
                schemas.add(schema);
                List<String> arguments = new ArrayList<>();
                settings.datasourceProperties(schema).forEach((key, value) -> arguments.add("--" + key + "=" + value));
                Path dir = work.resolve(schema);
                lanes.add(() -> cycles("PostgreSQL " + schema, dir, Map.of(), arguments, KILLS_PER_LANE, losses));
            }
        } else {
            // The default URL: ./data/mutualis in the working directory, as `java -jar` on a server.
            Path standard = work.resolve("h2-default");
            lanes.add(() -> cycles("H2 (URL par défaut)", standard, Map.of(), List.of(), KILLS_PER_LANE, losses));
            // An operator's URL without WRITE_DELAY: the application must make it durable all the same.
            Path custom = work.resolve("h2-custom");
            Map<String, String> url = Map.of(
                    "MUTUALIS_DB_URL",
                    "jdbc:h2:file:" + custom.resolve("db/mutualis").toAbsolutePath());
            lanes.add(() ->
                    cycles("H2 (MUTUALIS_DB_URL sans WRITE_DELAY)", custom, url, List.of(), KILLS_PER_LANE, losses));
        }
        int kills = 0;
        // Two databases side by side: the run takes half the time on a machine with two cores or more.
        ExecutorService executor = Executors.newFixedThreadPool(lanes.size());
        try {
            for (Future<Integer> lane : executor.invokeAll(lanes)) {
                kills += lane.get();
            }
        } finally {
            executor.shutdownNow();
            for (String schema : schemas) {
                execute(settings, "drop schema if exists " + schema + " cascade");
            }
        }
        System.out.printf(
                "KillTests: %d kill -9 with 3 acknowledged writes each (%s), %d lost, %.1f s%n",
                kills,
                TestDatabaseProfiles.postgresSuite() ? "PostgreSQL" : "H2",
                losses.size(),
                (System.nanoTime() - started) / 1e9);
        assertThat(kills).isGreaterThanOrEqualTo(20);
        assertThat(losses).as("acknowledged writes lost after kill -9").isEmpty();
    }

    /**
     * {@code kills} cycles of start, check the previous cycle's writes, write, kill; then one last
     * start to check the last cycle's. Returns the number of kills.
     */
    private int cycles(
            String label,
            Path dir,
            Map<String, String> environment,
            List<String> extraArguments,
            int kills,
            List<String> losses)
            throws Exception {
        List<String> arguments = new ArrayList<>(extraArguments);
        // The demo data (the 2012 territory and census, the documented accounts), without the demo profile.
        arguments.add("--mutualis.demo.enabled=true");
        List<String> codes = territoryCodes();
        @Nullable Expected expected = null;
        for (int cycle = 1; cycle <= kills + 1; cycle++) {
            AppProcess app = AppProcess.start(dir, environment, arguments, DEMO_READY);
            try {
                AppClient client = new AppClient(app.baseUrl()).signIn(ANALYST, ANALYST_PASSWORD);
                String tokenName = "kill-" + cycle;
                client.page("/account/tokens");
                HttpResponse<String> created = client.form("/account/tokens", Map.of("name", tokenName));
                assertThat(created.statusCode()).as(label + ": token created").isEqualTo(200);
                String secret = match(SECRET, created.body(), "the new token's secret");
                long campaign = campaignId(client, secret);
                if (expected != null) {
                    check(label + ", after kill " + (cycle - 1), client, secret, campaign, expected, losses);
                }
                if (cycle > kills) {
                    return kills;
                }
                Map<String, String> values = new LinkedHashMap<>();
                // The last write before the kill alternates: the import on odd cycles, the revocation on even ones.
                HttpResponse<String> imported = null;
                if (cycle % 2 == 0) {
                    imported = importAnswers(client, secret, campaign, cycle, codes, values);
                }
                if (expected != null) {
                    long previous = tokenId(created.body(), expected.tokenName());
                    client.page("/account/tokens/" + previous + "/revoke");
                    HttpResponse<String> revoked = client.form("/account/tokens/" + previous + "/revoke", Map.of());
                    if (cycle % 2 == 0) {
                        app.kill(); // right after the revocation's redirect
                    }
                    assertThat(revoked.statusCode())
                            .as(label + ": token revoked")
                            .isEqualTo(302);
                }
                if (imported == null) {
                    imported = importAnswers(client, secret, campaign, cycle, codes, values);
                }
                // Acknowledged: the 200 is in; kill -9 at once (already done on even cycles).
                app.kill();
                assertThat(imported.statusCode())
                        .as(label + ": import answered " + imported.body())
                        .isEqualTo(200);
                assertThat(JSON.readTree(imported.body()).path("imported").asInt())
                        .isEqualTo(codes.size());
                expected =
                        new Expected(tokenName, secret, expected == null ? null : expected.secret(), campaign, values);
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(label + ", cycle " + cycle + ": " + e.getMessage() + "\n" + app.logTail(), e);
            } finally {
                app.close();
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** Imports the answers of every collectivité, values that say which cycle wrote them (into {@code values}). */
    private static HttpResponse<String> importAnswers(
            AppClient client, String token, long campaign, int cycle, List<String> codes, Map<String, String> values)
            throws IOException, InterruptedException {
        // The 2026 census asks four more themes' required counts: 1 each, the same every cycle.
        StringBuilder csv = new StringBuilder("code,desktops_excl_schools,laptops_excl_schools,"
                + "tel_analogue_lines,tel_mobile_lines,prn_printers,prn_mfp_copiers\n");
        for (int i = 0; i < codes.size(); i++) {
            String desktops = String.valueOf(cycle * 100 + i);
            values.put(codes.get(i), desktops);
            csv.append(codes.get(i))
                    .append(',')
                    .append(desktops)
                    .append(',')
                    .append(cycle)
                    .append(",1,1,1,1\n");
        }
        return client.apiUpload(
                "/api/campaigns/" + campaign + "/import?overwriteValidated=true", token, "kill.csv", csv.toString());
    }

    /** The previous cycle's three writes, read back after the restart. */
    private static void check(
            String when, AppClient client, String reader, long campaign, Expected expected, List<String> losses)
            throws IOException, InterruptedException {
        if (client.apiGet("/api/me", expected.secret()).statusCode() != 200) {
            losses.add(when + ": the token created (" + expected.tokenName() + ") no longer works");
        }
        if (expected.revokedSecret() != null
                && client.apiGet("/api/me", expected.revokedSecret()).statusCode() != 401) {
            losses.add(when + ": the revoked token works again");
        }
        HttpResponse<String> responses = client.apiGet("/api/campaigns/" + campaign + "/responses", reader);
        assertThat(responses.statusCode()).isEqualTo(200);
        Map<String, String> found = new LinkedHashMap<>();
        for (JsonNode response : JSON.readTree(responses.body())) {
            found.put(
                    response.path("collectivityCode").asString(),
                    response.path("answers").path("desktops_excl_schools").asString());
        }
        expected.values().forEach((code, value) -> {
            if (!value.equals(found.get(code))) {
                losses.add(when + ": imported " + code + " = " + value + ", found " + found.get(code));
            }
        });
    }

    private static long campaignId(AppClient client, String token) throws IOException, InterruptedException {
        HttpResponse<String> campaigns = client.apiGet("/api/campaigns", token);
        assertThat(campaigns.statusCode()).isEqualTo(200);
        for (JsonNode campaign : JSON.readTree(campaigns.body())) {
            if (campaign.path("name").asString().startsWith(CAMPAIGN)) {
                return campaign.path("id").asLong();
            }
        }
        throw new IllegalStateException("no campaign " + CAMPAIGN + " in " + campaigns.body());
    }

    /** The id of the (active) token of that name, from its revoke link in the list. */
    private static long tokenId(String page, String name) {
        Matcher row = Pattern.compile("<th scope=\"row\">" + Pattern.quote(name) + "</th>(.*?)</tr>", Pattern.DOTALL)
                .matcher(page);
        if (!row.find()) {
            throw new IllegalStateException("no token " + name + " in the list");
        }
        return Long.parseLong(match(Pattern.compile("/account/tokens/(\\d+)/revoke"), row.group(1), "revoke link"));
    }

    /** The collectivités of the 2012 territory, the demo's (its 2026 census too): 28 communes and the EPCI. */
    private static List<String> territoryCodes() throws IOException {
        try (InputStream in = KillTests.class.getResourceAsStream("/territory/morlaix-2012.csv")) {
            List<String> codes = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    codes.add(lines[i].substring(0, lines[i].indexOf(',')));
                }
            }
            return codes;
        }
    }

    private static String match(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + what + " in:\n" + text);
        }
        return matcher.group(1);
    }

    private static void execute(PostgresTestSettings settings, String sql) throws Exception {
        try (Connection connection = settings.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private record Expected(
            String tokenName,
            String secret,
            @Nullable String revokedSecret,
            long campaign,
            Map<String, String> values) {}
}
