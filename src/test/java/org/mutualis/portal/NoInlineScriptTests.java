package org.mutualis.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy allows no inline script: every template keeps its scripts in files
 * of {@code static/js}. An inline {@code <script>}, an {@code on…=} handler or a {@code javascript:}
 * URL would be silently blocked by the browser, so the build refuses them. Data for a script is
 * allowed inline as {@code <script type="application/json">}, which the browser does not run.
 */
class NoInlineScriptTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER =
            Pattern.compile("<[^>]*\\s(?:th:|data-th-)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern JAVASCRIPT_URL = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasAnInlineScriptAHandlerOrAJavascriptUrl() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                Matcher script = SCRIPT.matcher(html);
                while (script.find()) {
                    String attributes = script.group(1);
                    boolean external = attributes.matches("(?s).*\\b(th:)?src\\s*=.*");
                    boolean data = attributes.matches("(?s).*type\\s*=\\s*\"application/json\".*");
                    if (!external && !data) {
                        offences.add(file + ": inline <script" + attributes + ">");
                    }
                }
                Matcher handler = HANDLER.matcher(html);
                while (handler.find()) {
                    offences.add(file + ": inline handler " + handler.group());
                }
                if (JAVASCRIPT_URL.matcher(html).find()) {
                    offences.add(file + ": javascript: URL");
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void theGuardSeesWhatItLooksFor() {
        assertThat(HANDLER.matcher("<button type=\"button\" onclick=\"window.print()\">")
                        .find())
                .isTrue();
        assertThat(HANDLER.matcher("<a th:onclick=\"|go()|\">").find()).isTrue();
        assertThat(HANDLER.matcher("<button type=\"button\" data-action=\"print\">")
                        .find())
                .isFalse();
        Matcher script = SCRIPT.matcher("<script>alert(1)</script>");
        assertThat(script.find()).isTrue();
        assertThat(script.group(1)).isEmpty();
    }
}
