package org.mutualis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/** Without chromium the browser suite is skipped out loud, or fails in CI; never silently. */
class BrowserAvailabilityTests {

    static final Map<String, String> ABSENT = Map.of(
            "PATH",
            "/nowhere",
            "MUTUALIS_CHROMIUM",
            "/nowhere/chromium",
            "MUTUALIS_CHROMEDRIVER",
            "/nowhere/chromedriver");

    @Test
    void outsideCiAMissingBrowserSkipsTheSuiteAndSaysSo() {
        PrintStream err = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        ConditionEvaluationResult result;
        try {
            System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
            result = BrowserAvailability.evaluate(ABSENT);
        } finally {
            System.setErr(err);
        }
        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValueSatisfying(r -> assertThat(r).contains("*** browser suite SKIPPED ***"));
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("*** browser suite SKIPPED");
    }

    @Test
    void inCiAMissingBrowserFailsTheBuild() {
        for (Map<String, String> ci : new Map[] {Map.of("CI", "true"), Map.of("MUTUALIS_BROWSER_REQUIRED", "1")}) {
            Map<String, String> environment = new java.util.HashMap<>(ABSENT);
            environment.putAll(ci);
            assertThatThrownBy(() -> BrowserAvailability.evaluate(environment))
                    .as("with %s", ci)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Browser suite required");
        }
    }

    @Test
    void aBrowserNamedByTheVariablesIsUsedEvenWhenAbsentElsewhere() {
        // /bin/sh stands for an executable: only the variables are looked at.
        Map<String, String> environment =
                Map.of("PATH", "/nowhere", "MUTUALIS_CHROMIUM", "/bin/sh", "MUTUALIS_CHROMEDRIVER", "/bin/sh");
        assertThat(BrowserAvailability.evaluate(environment).isDisabled()).isFalse();
    }
}
