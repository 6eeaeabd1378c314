package org.mutualis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The first pages a person opens after signing in, many at once (tabs restored, a page and its
 * scripts' requests), all answer: each makes the session's CSRF token and saves it in the shared
 * session tables, and two requests adding the same attribute at once used to collide on the
 * attribute table's primary key, a 500 for one of them. Over real HTTP, on H2 and on PostgreSQL.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mutualis.demo.enabled=true", "server.address=127.0.0.1"})
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@ContextConfiguration(initializers = TestDatabaseIsolation.class)
@ExtendWith(PostgresAvailability.class)
@Tag("db")
class ConcurrentSessionWritesTests {

    static final int SESSIONS = 8;
    static final int PAGES_AT_ONCE = 12;

    @LocalServerPort
    int port;

    @Test
    void everyFirstPageOpenedAtOnceAfterSignInAnswers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PAGES_AT_ONCE);
        try {
            List<String> answers = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++) {
                AppClient person = new AppClient("http://127.0.0.1:" + port).signIn("analyste", "demo-analyste-2012");
                List<Callable<HttpResponse<String>>> pages = new ArrayList<>();
                for (int p = 0; p < PAGES_AT_ONCE; p++) {
                    pages.add(() -> person.page("/campaigns"));
                }
                for (Future<HttpResponse<String>> page : pool.invokeAll(pages)) {
                    answers.add(String.valueOf(page.get().statusCode()));
                }
            }
            assertThat(answers).hasSize(SESSIONS * PAGES_AT_ONCE).containsOnly("200");
        } finally {
            pool.shutdownNow();
        }
    }
}
