package org.mutualis;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The real application in a process of its own, as {@code java -jar} runs it: the main classes and
 * the dependency jars of this test JVM (the jar is built after the tests), no test classes, no test
 * profile. For tests that must kill it ({@code kill -9}) or start it again on a database.
 */
final class AppProcess implements AutoCloseable {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final Path log;
    private final int port;

    private AppProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the application in {@code workDir} with these arguments and extra environment, and
     * returns once a line matching {@code ready} is in its log (the HTTP port is known by then).
     */
    static AppProcess start(Path workDir, Map<String, String> environment, List<String> arguments, Pattern ready)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path argFile = workDir.resolve("java-args.txt");
        List<String> javaArgs = new ArrayList<>(List.of(
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx512m",
                "-XX:+ExitOnOutOfMemoryError",
                "-Dfile.encoding=UTF-8",
                "-cp",
                quoted(applicationClassPath()),
                "org.mutualis.MutualisApplication",
                "--server.port=0",
                "--server.address=127.0.0.1",
                // The tests sign in as the demo's administrator with its password alone.
                "--mutualis.security.require-totp-for-admins=false"));
        arguments.forEach(argument -> javaArgs.add(quoted(argument)));
        Files.writeString(argFile, String.join("\n", javaArgs), StandardCharsets.UTF_8);
        Path log = Files.createTempFile(workDir, "app-", ".log");
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "@" + argFile)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("MUTUALIS_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        Integer port = null;
        while (Instant.now().isBefore(deadline)) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            Matcher matcher = PORT.matcher(text);
            if (port == null && matcher.find()) {
                port = Integer.parseInt(matcher.group(1));
            }
            if (port != null && ready.matcher(text).find() && healthy(port)) {
                // Ready as the load balancer sees it: pages answer « Mutualis démarre » until then.
                return new AppProcess(process, log, port);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped while starting:\n" + tail(text));
            }
            Thread.sleep(50);
        }
        process.destroyForcibly().waitFor();
        throw new IllegalStateException(
                "the application did not start in " + START_TIMEOUT + ":\n" + tail(Files.readString(log)));
    }

    /** Whether {@code /actuator/health} answers 200: the start-up data is loaded and committed. */
    private static boolean healthy(int port) {
        try {
            var connection = (java.net.HttpURLConnection) java.net
                    .URI
                    .create("http://127.0.0.1:" + port + "/actuator/health")
                    .toURL()
                    .openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** The end of the application's log, for a failure message. */
    String logTail() {
        try {
            return "--- application log (end) ---\n" + tail(log());
        } catch (IOException e) {
            return "(no application log: " + e + ")";
        }
    }

    /** {@code kill -9}: on Linux, {@link Process#destroyForcibly()} sends SIGKILL; no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A clean stop (SIGTERM): Spring closes the context and the database. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    /**
     * The class path of the application: this JVM's (under Surefire, the real one is in
     * {@code surefire.test.class.path}; {@code java.class.path} may be a manifest-only jar) without
     * the test classes, so that nothing of the tests takes part.
     */
    static String applicationClassPath() {
        String classPath = System.getProperty("surefire.test.class.path");
        if (classPath == null || classPath.isBlank()) {
            classPath = System.getProperty("java.class.path");
        }
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .filter(entry -> !Path.of(entry).normalize().endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** An argument file line: quoted, with backslashes and quotes escaped. */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String tail(String text) {
        return text.length() <= 6000 ? text : text.substring(text.length() - 6000);
    }
}
