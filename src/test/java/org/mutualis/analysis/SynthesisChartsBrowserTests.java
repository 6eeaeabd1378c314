package org.mutualis.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mutualis.Browser;
import org.mutualis.MutualisBrowserTest;
import org.mutualis.census.Campaigns;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 2012 synthesis, in a real browser, as the analyst and as a correspondent: every chart is
 * drawn (Chart.js holds an instance with data on the canvas, and the canvas has painted pixels),
 * and the console shows no error (a script the Content-Security-Policy refuses would show there).
 */
@MutualisBrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SynthesisChartsBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** Per canvas: its id, whether Chart.js drew it, how many values, how many pixels are painted. */
    private static final String CHARTS = """
            return Array.from(document.querySelectorAll('main canvas')).map(function (canvas) {
              var chart = (typeof Chart === 'undefined') ? undefined : Chart.getChart(canvas);
              var values = chart ? chart.data.datasets.reduce(function (n, d) {
                return n + d.data.filter(function (v) { return typeof v === 'number' && v > 0; }).length;
              }, 0) : 0;
              var painted = 0;
              if (canvas.width > 0 && canvas.height > 0) {
                var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) { painted++; } }
              }
              return { id: canvas.id, drawn: !!chart, values: values, painted: painted,
                       area: canvas.width * canvas.height };
            });
            """;

    @Autowired
    Campaigns campaigns;

    long study;

    @BeforeAll
    void theStudy() {
        study = campaigns.all().stream()
                .filter(c -> c.name().equals("Infrastructure & Réseaux 2012"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"analyste, demo-analyste-2012, 4", "botsorhel, demo-botsorhel-2012, 3"})
    void everyChartOfTheStudySynthesisIsDrawn(String user, String password, int atLeast) {
        browser.signIn(user, password);
        browser.open("/campaigns/" + study + "/synthesis");
        assertThat(browser.driver().getTitle()).startsWith("Synthèse").contains("Infrastructure & Réseaux 2012");
        // Chart.js draws once the deferred scripts have run: wait for an instance on every canvas
        // (if none comes, the assertions below say which canvas is blank).
        browser.waitQuietlyUntil(
                d -> Boolean.TRUE.equals(browser.script("var c = document.querySelectorAll('main canvas');"
                        + " return c.length > 0 && typeof Chart !== 'undefined'"
                        + " && Array.from(c).every(function (x) { return !!Chart.getChart(x); });")));
        browser.shot(user + "-synthesis");
        browser.script("document.querySelector('.charts').scrollIntoView();");
        browser.shot(user + "-synthesis-charts");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> charts = (List<Map<String, Object>>) browser.script(CHARTS);
        assertThat(charts).as("charts on the synthesis of %s", user).hasSizeGreaterThanOrEqualTo(atLeast);
        for (Map<String, Object> chart : charts) {
            long painted = ((Number) chart.get("painted")).longValue();
            long area = ((Number) chart.get("area")).longValue();
            assertThat(chart.get("drawn")).as("Chart.js instance on %s", chart).isEqualTo(true);
            assertThat(((Number) chart.get("values")).longValue())
                    .as("values in %s", chart)
                    .isPositive();
            assertThat(painted).as("painted pixels of %s", chart).isGreaterThan(Math.max(500, area / 50));
        }
        assertThat(browser.consoleErrors()).as("console errors").isEmpty();
    }
}
