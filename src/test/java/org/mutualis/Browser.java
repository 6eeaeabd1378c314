package org.mutualis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One headless chromium per test class, pointed at the application of the class's
 * {@link MutualisBrowserTest} context. Signs in through the real sign-in form, keeps a PNG of
 * every step under {@code target/browser-screenshots/<class>/} (and one of the page a failing
 * test was on), and reads the browser console so that a test can require 0 JavaScript errors.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, AfterTestExecutionCallback {

    /** Where the screenshots go, one folder per test class. */
    public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private WebDriver driver;
    private String base;
    private Path shots;
    private int step;
    private Path profile;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        String port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port");
        base = "http://127.0.0.1:" + port;
        shots = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName());
        deleteTree(shots);
        Files.createDirectories(shots);
        profile = Files.createTempDirectory("mutualis-chromium-");
        driver = start(
                BrowserAvailability.find()
                        .orElseThrow(() -> new IllegalStateException("chromium or chromedriver vanished")),
                profile);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            shot("FAILED-" + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        deleteTree(profile);
    }

    private static WebDriver start(BrowserAvailability.Executables executables, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executables.chromium().toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=fr-FR",
                "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // The local driver: no Selenium Manager download (the network may be closed).
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(executables.chromedriver().toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
        return chrome;
    }

    public WebDriver driver() {
        return driver;
    }

    public String url(String path) {
        return base + path;
    }

    /** Opens a page of the application (a path such as {@code /campaigns}). */
    public void open(String path) {
        driver.get(url(path));
    }

    /**
     * Signs in through the sign-in form, as a person does, after forgetting any previous
     * session; fails when the application refuses.
     */
    public void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        shot("sign-in-" + username);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));
        assertThat(driver.findElement(By.cssSelector(".site-header .session")).getText())
                .as("signed in as %s", username)
                .contains(username);
    }

    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition);
    }

    /**
     * Waits for the condition, at most a few seconds, and carries on either way: for a test
     * whose own assertions then say precisely what is missing.
     */
    public void waitQuietlyUntil(ExpectedCondition<?> condition) {
        try {
            waitUntil(condition);
        } catch (TimeoutException e) {
            // the caller's assertions report what was not there
        }
    }

    /** The rules axe-core runs: WCAG 2.1 A and AA, and best practices. */
    private static final String ALL_RULES =
            "{ type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }";

    /**
     * The rules whose outcome depends on the window's width (a table that overflows a phone must
     * be a focusable region; content outside landmarks once the layout reflows): run again at
     * phone width, the others having been run at desktop width. (WCAG 2.2's target-size is not
     * among the rules of {@link #ALL_RULES}, which are WCAG 2.1's.)
     */
    private static final String LAYOUT_RULES =
            "{ type: 'rule', values: ['scrollable-region-focusable', 'meta-viewport', 'region'] }";

    /**
     * Runs axe-core (WCAG 2.1 A and AA, and best practices) on the page as it is now; returns one
     * line per violation, "rule (impact): help — selector, …", empty when the page passes. A page
     * axe cannot finish within 90 s is reported as a violation too.
     */
    public List<String> axe() {
        return runAxe(ALL_RULES);
    }

    /** axe-core's width-dependent rules only ({@link #LAYOUT_RULES}): for a second, phone-sized look. */
    public List<String> axeLayout() {
        return runAxe(LAYOUT_RULES);
    }

    @SuppressWarnings("unchecked")
    private List<String> runAxe(String rules) {
        if (!Boolean.TRUE.equals(script("return typeof axe !== 'undefined';"))) {
            script(AXE_SOURCE);
        }
        var timeouts = driver.manage().timeouts();
        timeouts.scriptTimeout(Duration.ofSeconds(90));
        try {
            // Violations only: listing every pass of a large grid takes longer than the page.
            return (List<String>) ((JavascriptExecutor) driver).executeAsyncScript("""
                            var done = arguments[arguments.length - 1];
                            axe.run(document, { resultTypes: ['violations'], runOnly: %s })
                              .then(function (r) {
                                done(r.violations.map(function (v) {
                                  return v.id + ' (' + v.impact + '): ' + v.help + ' — '
                                    + v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }).join(', ');
                                }));
                              })
                              .catch(function (e) { done(['axe failed: ' + e]); });
                            """.formatted(rules));
        } catch (org.openqa.selenium.ScriptTimeoutException e) {
            return List.of("axe-core did not finish on " + driver.getCurrentUrl());
        } finally {
            timeouts.scriptTimeout(PATIENCE);
        }
    }

    /** Asserts that axe-core finds nothing on the page; the message lists what it found. */
    public void assertAccessible(String page) {
        assertThat(axe())
                .as("axe-core violations on %s (%s)", page, driver.getCurrentUrl())
                .isEmpty();
    }

    private static final String AXE_SOURCE = readAxe();

    private static String readAxe() {
        try (var in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js missing from the test resources");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids used more than once on the page, as "id ×n"; empty when every id is unique. */
    @SuppressWarnings("unchecked")
    public List<String> duplicateIds() {
        return (List<String>) script("""
                var seen = {};
                document.querySelectorAll('[id]').forEach(function (e) { seen[e.id] = (seen[e.id] || 0) + 1; });
                return Object.keys(seen).filter(function (k) { return seen[k] > 1; })
                  .map(function (k) { return k + ' ×' + seen[k]; });
                """);
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Saves a PNG of the window as {@code NN-name.png}; returns its path. */
    public Path shot(String name) {
        step++;
        Path file = shots.resolve(String.format("%02d-%s.png", step, name.replaceAll("[^A-Za-z0-9._-]", "_")));
        try {
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * The console's errors since the last call (JavaScript exceptions, resources that failed,
     * Content-Security-Policy refusals), as "level message" lines.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString)
                .toList();
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
