package org.mutualis;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL suite, checks that a connection opens with the {@link PostgresTestSettings}.
 * CI sets MUTUALIS_PG_REQUIRED=1 and an unreachable server fails the build; elsewhere the suite is
 * skipped and says so loudly.
 */
public class PostgresAvailability implements ExecutionCondition {

    private static volatile Optional<String> unreachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabaseProfiles.postgresSuite()) {
            return ConditionEvaluationResult.enabled("H2 suite");
        }
        PostgresTestSettings settings = PostgresTestSettings.fromEnvironment();
        Optional<String> reason = unreachable(settings);
        if (reason.isEmpty()) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + settings);
        }
        String why = "no connection to " + settings + ": " + reason.get();
        if ("1".equals(System.getenv("MUTUALIS_PG_REQUIRED"))) {
            throw new IllegalStateException("PostgreSQL suite required but " + why);
        }
        System.err.println("*** PostgreSQL suite SKIPPED: " + why + " (the H2 suite ran) ***");
        return ConditionEvaluationResult.disabled("PostgreSQL suite skipped: " + why);
    }

    /** Probed once per test JVM. */
    private static Optional<String> unreachable(PostgresTestSettings settings) {
        if (unreachable == null) {
            unreachable = settings.unreachableReason();
        }
        return unreachable;
    }
}
