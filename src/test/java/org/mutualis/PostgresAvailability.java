package org.mutualis;

import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL suite, checks the server is reachable. CI sets MUTUALIS_PG_REQUIRED=1 and an
 * unreachable server fails the build; elsewhere the suite is skipped and says so loudly.
 */
public class PostgresAvailability implements ExecutionCondition {

    private static volatile Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabaseProfiles.postgresSuite()) {
            return ConditionEvaluationResult.enabled("H2 suite");
        }
        if (reachable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable");
        }
        if ("1".equals(System.getenv("MUTUALIS_PG_REQUIRED"))) {
            throw new IllegalStateException("PostgreSQL suite required but no server answers on 127.0.0.1:5432");
        }
        System.err.println("*** PostgreSQL suite SKIPPED: no server on 127.0.0.1:5432 (the H2 suite ran) ***");
        return ConditionEvaluationResult.disabled("PostgreSQL suite skipped: no server on 127.0.0.1:5432");
    }

    private static boolean reachable() {
        if (reachable == null) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
                reachable = true;
            } catch (java.io.IOException e) {
                reachable = false;
            }
        }
        return reachable;
    }
}
