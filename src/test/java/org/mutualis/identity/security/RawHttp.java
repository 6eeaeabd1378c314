package org.mutualis.identity.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket, so that a test sends the headers a reverse proxy or an attacker
 * would ({@code Host}, {@code X-Forwarded-Proto}), which Java's HTTP clients refuse to set.
 */
final class RawHttp {

    record Response(int status, Map<String, List<String>> headers, String body) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : String.join(", ", values);
        }

        List<String> all(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        String cookie(String name) {
            for (String cookie : all("Set-Cookie")) {
                if (cookie.startsWith(name + "=")) {
                    return cookie;
                }
            }
            return null;
        }
    }

    private RawHttp() {}

    static Response send(int port, String method, String path, Map<String, String> headers, String body)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            headers.forEach((name, value) ->
                    request.append(name).append(": ").append(value).append("\r\n"));
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            if (!body.isEmpty()) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\n");
            }
            request.append("Content-Length: ").append(content.length).append("\r\n");
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        return new Response(status, headers, text.substring(end + 4));
    }

    /** The value of the page's hidden CSRF field. */
    static String csrf(String page) {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new AssertionError("No CSRF field in " + page);
        }
        return csrf.group(1);
    }

    /** {@code JSESSIONID=…} from a Set-Cookie header, for the Cookie header of the next request. */
    static String session(Response response) {
        String cookie = response.cookie("JSESSIONID");
        if (cookie == null) {
            cookie = response.cookie("SESSION");
        }
        if (cookie == null) {
            throw new AssertionError("No session cookie in " + response.headers());
        }
        return cookie.substring(0, cookie.indexOf(';'));
    }
}
