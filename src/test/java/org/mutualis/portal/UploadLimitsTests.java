package org.mutualis.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.TestDatabaseIsolation;
import org.mutualis.TestDatabaseProfiles;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A file over the upload limit, sent to the real server (MockMvc never reads a multipart body, so
 * it cannot meet the limit): 413 as a problem document for the API and as the French error page
 * for pages — never the servlet container's bare English page. The limits are made small here.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.servlet.multipart.max-file-size=4KB",
            "spring.servlet.multipart.max-request-size=6KB",
            "server.address=127.0.0.1"
        })
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@ContextConfiguration(initializers = TestDatabaseIsolation.class)
class UploadLimitsTests {

    private static final String BOUNDARY = "----mutualis-test-boundary";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    final HttpClient http = HttpClient.newHttpClient();
    String token;

    @BeforeEach
    void token() {
        token = accounts.issueToken(TestUsers.create(accounts, Role.ANALYST).id(), "upload")
                .secret();
    }

    @Test
    void theApiAnswersATooLargeFileWithAProblemDocument() throws Exception {
        HttpResponse<String> response = send(api(body(20_000)).build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"status\":413")
                .contains("\"title\":\"Fichier trop volumineux\"")
                .contains("Le fichier dépasse la taille maximale acceptée (64 Mo) : rien n'a été importé.");
    }

    @Test
    void aFileOverItsOwnLimitInARequestUnderTheRequestLimitIsRefusedTheSameWay() throws Exception {
        HttpResponse<String> response = send(api(body(5_000)).build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"status\":413");
    }

    @Test
    void aTooLargeFileSentWithoutItsLengthIsRefusedTheSameWay() throws Exception {
        byte[] body = body(20_000);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/campaigns/1/import"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"status\":413");
    }

    @Test
    void aPageAnswersATooLargeFileWithTheErrorPageInTheReadersLanguage() throws Exception {
        HttpResponse<String> french = send(page(body(20_000)).build());
        HttpResponse<String> english =
                send(page(body(20_000)).header("Cookie", "mutualis-lang=en").build());

        assertThat(french.statusCode()).isEqualTo(413);
        assertThat(french.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(french.body())
                .contains("<html")
                .contains("Le fichier dépasse la taille maximale acceptée (64 Mo) : rien n&#39;a été importé.")
                .doesNotContain("HTTP Status 413");
        assertThat(english.statusCode()).isEqualTo(413);
        assertThat(english.body()).contains("The file is larger than the maximum accepted");
    }

    @Test
    void aFileWithinTheLimitGoesOnToTheRoute() throws Exception {
        // Campaign 1 does not exist in this empty database: the route itself answers.
        HttpResponse<String> response = send(api(body(1_000)).build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"status\":404");
    }

    private HttpRequest.Builder api(byte[] body) {
        return HttpRequest.newBuilder(uri("/api/campaigns/1/import"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpRequest.Builder page(byte[] body) {
        return HttpRequest.newBuilder(uri("/campaigns/1/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A multipart body: a {@code _csrf} field as a page form sends, then a CSV file of {@code size} bytes. */
    private static byte[] body(int size) {
        char[] file = new char[size];
        Arrays.fill(file, 'a');
        String text = "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + "token\r\n"
                + "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + new String(file) + "\r\n"
                + "--" + BOUNDARY + "--\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
