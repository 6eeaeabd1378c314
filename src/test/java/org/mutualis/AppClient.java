package org.mutualis;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser and a script against an {@link AppProcess}, over real HTTP: a signed-in session (its
 * cookie and the CSRF token of the last page) for the pages, and bearer tokens for the API.
 */
final class AppClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http;
    private String csrf = "";

    AppClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Signs in through the sign-in form; fails unless the application redirects away from it. */
    AppClient signIn(String username, String password) throws IOException, InterruptedException {
        page("/login");
        HttpResponse<String> response = form("/login", Map.of("username", username, "password", password));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException(
                    "sign-in of " + username + " refused: " + response.statusCode() + " " + location);
        }
        return this;
    }

    /** A page (GET), remembering its CSRF token for the next form. */
    HttpResponse<String> page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(path).GET());
        remember(response.body());
        return response;
    }

    /** A form (POST, url-encoded) with the CSRF token of the last page. */
    HttpResponse<String> form(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        String body = all.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        remember(response.body());
        return response;
    }

    /** GET on the API with a bearer token. */
    HttpResponse<String> apiGet(String path, String token) throws IOException, InterruptedException {
        return send(request(path).header("Authorization", "Bearer " + token).GET());
    }

    /** GET on the API with a bearer token, the body as bytes (a download). */
    HttpResponse<byte[]> apiBytes(String path, String token) throws IOException, InterruptedException {
        return http.send(
                request(path).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A file upload (multipart, field {@code file}) on the API with a bearer token. */
    HttpResponse<String> apiUpload(String path, String token, String fileName, String content)
            throws IOException, InterruptedException {
        String boundary = "mutualis" + UUID.randomUUID().toString().replace("-", "");
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + content + "\r\n"
                + "--" + boundary + "--\r\n";
        return send(request(path)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void remember(String body) {
        Matcher matcher = CSRF.matcher(body);
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
