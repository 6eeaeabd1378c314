package org.mutualis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresTestSettingsTests {

    @Test
    void withoutVariablesTheMachinesServerAsPostgres() {
        PostgresTestSettings settings = PostgresTestSettings.from(name -> null);

        assertThat(settings.datasourceProperties("mt_0123456789abcdef"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "spring.datasource.url",
                        "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=mt_0123456789abcdef",
                        "spring.datasource.username",
                        "postgres",
                        "spring.datasource.password",
                        ""));
    }

    @Test
    void theVariablesWinAndTheSchemaJoinsTheirParameters() {
        Map<String, String> variables = Map.of(
                "MUTUALIS_TEST_PG_URL", "jdbc:postgresql://db.example:5433/ci?sslmode=disable",
                "MUTUALIS_TEST_PG_USER", "ci",
                "MUTUALIS_TEST_PG_PASSWORD", "secret");

        PostgresTestSettings settings = PostgresTestSettings.from(variables::get);

        assertThat(settings.datasourceProperties("mt_0123456789abcdef"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "spring.datasource.url",
                        "jdbc:postgresql://db.example:5433/ci?sslmode=disable&currentSchema=mt_0123456789abcdef",
                        "spring.datasource.username",
                        "ci",
                        "spring.datasource.password",
                        "secret"));
        assertThat(settings.toString()).doesNotContain("secret");
    }

    @Test
    void anUnreachableServerSaysWhy() {
        PostgresTestSettings settings =
                PostgresTestSettings.from(Map.of("MUTUALIS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:1/test")::get);

        assertThat(settings.unreachableReason()).isPresent();
    }
}
