package org.mutualis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browser suite needs Debian's {@code chromium} and {@code chromedriver} (packages
 * {@code chromium} and {@code chromium-driver}). Without them the suite is skipped and says so
 * loudly; in CI (variable {@code CI} set, or {@code MUTUALIS_BROWSER_REQUIRED=1} as .ci/run sets)
 * their absence fails the build instead.
 */
public class BrowserAvailability implements ExecutionCondition {

    /** The browser and its driver, found on the PATH (then in /usr/bin). */
    public record Executables(Path chromium, Path chromedriver) {}

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Executables> found = find();
        if (found.isPresent()) {
            return ConditionEvaluationResult.enabled("browser: " + found.get());
        }
        String why = "chromium and chromedriver not both found on the PATH nor in /usr/bin"
                + " (apt-get install chromium chromium-driver)";
        if (required()) {
            throw new IllegalStateException("Browser suite required (CI or MUTUALIS_BROWSER_REQUIRED=1) but " + why);
        }
        System.err.println("*** browser suite SKIPPED: " + why + " ***");
        return ConditionEvaluationResult.disabled("*** browser suite SKIPPED ***: " + why);
    }

    static boolean required() {
        String ci = System.getenv("CI");
        return (ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci))
                || "1".equals(System.getenv("MUTUALIS_BROWSER_REQUIRED"));
    }

    public static Optional<Executables> find() {
        Optional<Path> chromium = executable("chromium");
        Optional<Path> driver = executable("chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Executables(chromium.get(), driver.get()));
    }

    private static Optional<Path> executable(String name) {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir, name));
                }
            }
        }
        candidates.add(Path.of("/usr/bin", name));
        return candidates.stream()
                .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
                .findFirst();
    }
}
