package org.mutualis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browser suite needs Debian's {@code chromium} and {@code chromedriver} (packages
 * {@code chromium} and {@code chromium-driver}). Without them the suite is skipped and says so
 * loudly; in CI (variable {@code CI} set, or {@code MUTUALIS_BROWSER_REQUIRED=1} as .ci/run sets)
 * their absence fails the build instead. MUTUALIS_CHROMIUM and MUTUALIS_CHROMEDRIVER name other
 * executables (another Chromium build, or a missing file to see the skip).
 */
public class BrowserAvailability implements ExecutionCondition {

    /** The browser and its driver, found on the PATH (then in /usr/bin). */
    public record Executables(Path chromium, Path chromedriver) {}

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return evaluate(System.getenv());
    }

    static ConditionEvaluationResult evaluate(Map<String, String> environment) {
        Optional<Executables> found = find(environment);
        if (found.isPresent()) {
            return ConditionEvaluationResult.enabled("browser: " + found.get());
        }
        String why = "chromium and chromedriver not both found (PATH, /usr/bin, or MUTUALIS_CHROMIUM and"
                + " MUTUALIS_CHROMEDRIVER): apt-get install chromium chromium-driver";
        if (required(environment)) {
            throw new IllegalStateException("Browser suite required (CI or MUTUALIS_BROWSER_REQUIRED=1) but " + why);
        }
        System.err.println("*** browser suite SKIPPED: " + why + " ***");
        return ConditionEvaluationResult.disabled("*** browser suite SKIPPED ***: " + why);
    }

    /** In CI ({@code CI} set, but not to "false") or with MUTUALIS_BROWSER_REQUIRED=1. */
    static boolean required(Map<String, String> environment) {
        String ci = environment.get("CI");
        return (ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci))
                || "1".equals(environment.get("MUTUALIS_BROWSER_REQUIRED"));
    }

    public static Optional<Executables> find() {
        return find(System.getenv());
    }

    static Optional<Executables> find(Map<String, String> environment) {
        Optional<Path> chromium = executable(environment, "MUTUALIS_CHROMIUM", "chromium");
        Optional<Path> driver = executable(environment, "MUTUALIS_CHROMEDRIVER", "chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Executables(chromium.get(), driver.get()));
    }

    /** The file the variable names when it is set (and only it), else the name on the PATH, else in /usr/bin. */
    private static Optional<Path> executable(Map<String, String> environment, String variable, String name) {
        List<Path> candidates = new ArrayList<>();
        String chosen = environment.get(variable);
        String path = environment.get("PATH");
        if (chosen != null && !chosen.isBlank()) {
            candidates.add(Path.of(chosen));
            path = null;
        }
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir, name));
                }
            }
        }
        if (chosen == null || chosen.isBlank()) {
            candidates.add(Path.of("/usr/bin", name));
        }
        return candidates.stream()
                .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
                .findFirst();
    }
}
