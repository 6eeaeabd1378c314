package org.mutualis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backup and restore, as docs/backups.md tells an operator (issue 9, point 7): the real
 * application ({@link AppProcess}) with the demo's data (the 2012 study, the 2026 census,
 * offers, scenarios, procurements) is backed up while it runs — H2: {@code GET /api/admin/backup}
 * ({@code SCRIPT}); PostgreSQL: {@code pg_dump -Fc} — restored into a fresh database (H2:
 * {@code RUNSCRIPT}; PostgreSQL: {@code pg_restore} into a new database), a second instance starts
 * on it, and the restore check command ({@code scripts/restore-check.sh}) finds every figure the
 * same on both, with the original's administrator token (restored with the rest).
 */
@Tag("db")
@ExtendWith(PostgresAvailability.class)
class BackupRestoreTests {

    private static final Pattern DEMO_READY = Pattern.compile("Démo (Morlaix 2012 déjà chargée|chargée)");
    private static final Pattern ALREADY_LOADED = Pattern.compile("Démo Morlaix 2012 déjà chargée");
    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    @Test
    void aRestoredInstanceServesTheSameFigures() throws Exception {
        if (TestDatabaseProfiles.postgresSuite()) {
            postgres();
        } else {
            h2();
        }
    }

    private void h2() throws Exception {
        Path backup = work.resolve("mutualis-backup.sql.gz");
        try (AppProcess original = AppProcess.start(work.resolve("original"), Map.of(), demo(), DEMO_READY)) {
            String token = administratorToken(original);
            // Online: the original keeps running and serving while it is backed up and restored.
            HttpResponse<byte[]> answer = new AppClient(original.baseUrl()).apiBytes("/api/admin/backup", token);
            assertThat(answer.statusCode()).isEqualTo(200);
            Files.write(backup, answer.body());
            assertThat(answer.body()).startsWith(0x1f, 0x8b); // gzip
            // The documented restore: RUNSCRIPT into a fresh database (./data/mutualis of the new instance).
            Path restoredDir = work.resolve("restored");
            String url = "jdbc:h2:file:" + restoredDir.resolve("data/mutualis").toAbsolutePath();
            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("RUNSCRIPT FROM '" + backup.toAbsolutePath() + "' COMPRESSION GZIP");
            }
            try (AppProcess restored = AppProcess.start(restoredDir, Map.of(), demo(), DEMO_READY)) {
                assertSameFigures(original, restored, token);
            }
        }
    }

    private void postgres() throws Exception {
        PostgresTestSettings settings = PostgresTestSettings.fromEnvironment();
        String schema =
                "mt_bak_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String restoredDatabase =
                "mt_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        execute(settings, settings.url(), "create schema " + schema);
        try {
            try (AppProcess original = AppProcess.start(
                    work.resolve("original"),
                    Map.of(),
                    postgresArguments(settings, settings.url(), schema),
                    DEMO_READY)) {
                String token = administratorToken(original);
                Path dump = work.resolve("mutualis.dump");
                // Online, as documented: pg_dump -Fc (here of the test schema only).
                run(
                        settings,
                        "pg_dump",
                        "-Fc",
                        "-n",
                        schema,
                        "-f",
                        dump.toString(),
                        "--dbname=" + libpq(settings, settings.url()));
                execute(settings, settings.url(), "create database " + restoredDatabase);
                String restoredUrl = withDatabase(settings.url(), restoredDatabase);
                run(
                        settings,
                        "pg_restore",
                        "--no-owner",
                        "--exit-on-error",
                        "--dbname=" + libpq(settings, restoredUrl),
                        dump.toString());
                try (AppProcess restored = AppProcess.start(
                        work.resolve("restored"),
                        Map.of(),
                        postgresArguments(settings, restoredUrl, schema),
                        DEMO_READY)) {
                    assertSameFigures(original, restored, token);
                }
            }
        } finally {
            execute(settings, settings.url(), "drop schema if exists " + schema + " cascade");
            execute(settings, settings.url(), "drop database if exists " + restoredDatabase);
        }
    }

    /** The restored instance found the demo loaded (it restored it, not reloaded it) and the script finds no difference. */
    private static void assertSameFigures(AppProcess original, AppProcess restored, String token) throws Exception {
        assertThat(restored.log()).containsPattern(ALREADY_LOADED);
        AppClient originalClient = new AppClient(original.baseUrl());
        AppClient restoredClient = new AppClient(restored.baseUrl());
        HttpResponse<String> campaigns = originalClient.apiGet("/api/campaigns", token);
        assertThat(campaigns.statusCode()).isEqualTo(200);
        int syntheses = 0;
        for (JsonNode campaign : JSON.readTree(campaigns.body())) {
            String path = "/api/campaigns/" + campaign.path("id").asLong() + "/synthesis";
            HttpResponse<String> before = originalClient.apiGet(path, token);
            HttpResponse<String> after = restoredClient.apiGet(path, token);
            if (before.statusCode() == 200) {
                syntheses++;
                assertThat(after.statusCode()).as(path).isEqualTo(200);
                assertThat(after.body()).as(path).isEqualTo(before.body());
            }
        }
        assertThat(syntheses).as("campaigns with a synthesis").isGreaterThanOrEqualTo(2);
        // The restore check command of docs/backups.md, on the two running instances.
        Path script = Path.of("scripts/restore-check.sh").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), original.baseUrl(), restored.baseUrl())
                .redirectErrorStream(true);
        builder.environment().put("MUTUALIS_TOKEN", token);
        Process check = builder.start();
        check.getOutputStream().close();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).containsPattern("restore check: \\d+ API answers identical");
    }

    /** An administrator's API token, created on the tokens page after signing in through the form. */
    private static String administratorToken(AppProcess app) throws Exception {
        AppClient client = new AppClient(app.baseUrl()).signIn("admin", "demo-admin-2012");
        client.page("/account/tokens");
        HttpResponse<String> created = client.form("/account/tokens", Map.of("name", "sauvegarde"));
        Matcher matcher = SECRET.matcher(created.body());
        assertThat(matcher.find()).as("token secret on the page").isTrue();
        return matcher.group(1);
    }

    private static List<String> demo() {
        return List.of("--mutualis.demo.enabled=true");
    }

    private static List<String> postgresArguments(PostgresTestSettings settings, String url, String schema) {
        List<String> arguments = new ArrayList<>(demo());
        arguments.add("--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        arguments.add("--spring.datasource.username=" + settings.user());
        arguments.add("--spring.datasource.password=" + settings.password());
        return arguments;
    }

    /** The same server and parameters, another database. */
    private static String withDatabase(String jdbcUrl, String database) {
        return jdbcUrl.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
    }

    /** A libpq connection URI for pg_dump / pg_restore (the password goes in PGPASSWORD). */
    private static String libpq(PostgresTestSettings settings, String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return "postgresql://" + settings.user() + "@" + uri.getHost() + ":"
                + (uri.getPort() < 0 ? 5432 : uri.getPort()) + uri.getPath();
    }

    private static void run(PostgresTestSettings settings, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (!settings.password().isEmpty()) {
            builder.environment().put("PGPASSWORD", settings.password());
        }
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + "\n" + output)
                .isZero();
    }

    private static void execute(PostgresTestSettings settings, String url, String sql) throws Exception {
        try (Connection connection = settings.connect(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
