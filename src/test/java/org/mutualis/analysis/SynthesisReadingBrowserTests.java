package org.mutualis.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mutualis.Browser;
import org.mutualis.MutualisBrowserTest;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The synthesis as an elected official reads it, in a real browser (read-only: no demo data
 * changes): the points to check come grouped by kind and worded as problems, an indicator nobody
 * answered reads « non renseigné » and not 0, the response rate stands beside the extrapolated
 * totals with a badge when it is low, the 2012 synthesis prints on four A4 pages at most, the
 * page has no duplicate id, the « Parts » tables stay inside their boxes on a desktop and on a
 * phone, and every analysis page passes axe-core at both widths, as the analyst and as a
 * correspondent.
 */
@MutualisBrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SynthesisReadingBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** A few groups at most: the kinds of problem, not one line per answer. */
    private static final int MAX_GROUPS = 4;

    /** The 2012 study's synthesis on paper: 4 pages before this issue, 3 after. */
    private static final int MAX_PRINTED_PAGES = 3;

    /** Each « Parts » table that overflows its chart box (or the window), with by how much. */
    private static final String OVERFLOWING_PARTS = """
            var out = [];
            document.querySelectorAll('.chart-box').forEach(function (box) {
              var b = box.getBoundingClientRect();
              box.querySelectorAll('table').forEach(function (t) {
                var r = t.getBoundingClientRect();
                if (r.left < b.left - 1 || r.right > b.right + 1 || r.right > window.innerWidth + 1) {
                  out.push(t.querySelector('caption').textContent + ': table ' + Math.round(r.left) + '–'
                    + Math.round(r.right) + ' in box ' + Math.round(b.left) + '–' + Math.round(b.right));
                }
              });
            });
            return out;
            """;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignSyntheses syntheses;

    @Autowired
    org.mutualis.identity.Accounts accounts;

    long study;
    long software;
    long census2026;

    @BeforeAll
    void campaigns() {
        study = campaign("Infrastructure & Réseaux 2012");
        software = campaign("Progiciels & sites 2012");
        census2026 = campaigns.all().stream()
                .filter(c -> c.name().startsWith("Recensement 2026"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long campaign(String name) {
        return campaigns.all().stream()
                .filter(c -> c.name().equals(name))
                .map(CampaignSummary::id)
                .findFirst()
                .orElseThrow();
    }

    @AfterEach
    void desktop() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theWarningsComeGroupedByKindAndWordedAsProblemsToLookAt() {
        browser.signIn("analyste", "demo-analyste-2012");
        browser.open("/campaigns/" + census2026 + "/synthesis");
        browser.shot("2026-warnings");
        String section = text("main .checks");
        assertThat(section).as("the warnings' heading").contains("Points à vérifier");
        long groups = (Long) browser.script("return document.querySelectorAll('main .checks details').length;");
        assertThat(groups).as("groups of warnings").isBetween(1L, (long) MAX_GROUPS);
        assertThat(text("main .checks details summary"))
                .as("a group says its kind and how many")
                .contains("Totaux incohérents")
                .containsPattern("\\d+ points? à vérifier");
        @SuppressWarnings("unchecked")
        List<Boolean> open = (List<Boolean>) browser.script("return Array.from(document.querySelectorAll("
                + "'main .checks details')).map(function (d) { return d.open; });");
        assertThat(open).as("every group, collapsed at first").isNotEmpty().doesNotContain(true);
        browser.script("document.querySelectorAll('main .checks details').forEach(function (d) { d.open = true; });");
        browser.shot("2026-warnings-open");
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) browser.script("return Array.from(document.querySelectorAll("
                + "'main .checks li')).map(function (li) { return li.textContent.replace(/\\s+/g, ' ').trim(); });");
        // 13 in the demo; other browser tests of the shared context may add 2026 answers.
        assertThat(lines)
                .hasSizeGreaterThanOrEqualTo(13)
                .allSatisfy(line -> assertThat(line).startsWith("À vérifier :"));
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .contains("Botsorhel déclare 3 appareils pour « Propriété ou location des appareils"
                                + " d'impression » mais compte 4 appareils")
                        .contains("Ouvrir la réponse de Botsorhel"));
        assertThat(section).doesNotContain("totalise");
        Object link = browser.script(
                "var a = document.querySelector('main .checks li a'); return a ? a.getAttribute('href') : null;");
        assertThat((String) link).as("a link to the response").contains("/campaigns/" + census2026 + "/responses/");
    }

    @Test
    void aCorrespondentMayOpenOnlyTheirOwnResponse() {
        // The demo territory shares its answers: the correspondent reads every point to check
        // (MockMvc tests cover a confidential territory), but opens only their own response.
        browser.signIn("botsorhel", "demo-botsorhel-2012");
        browser.open("/campaigns/" + census2026 + "/synthesis");
        assertThat(text("main .checks")).contains("Botsorhel déclare 3 appareils");
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) browser.script("return Array.from(document.querySelectorAll("
                + "'main .checks li a')).map(function (a) { return a.textContent.trim(); });");
        assertThat(links).containsExactly("Ouvrir la réponse de Botsorhel");
    }

    @Test
    void anIndicatorNobodyAnsweredReadsNotProvidedAndNotZero() {
        // Indicators of the 2026 census nobody has answered when the test runs (« Mini PC (hors
        // écoles et cyber-commune) » in the demo; other browser tests of the shared context may
        // answer some).
        List<String> labels =
                syntheses.view(census2026, accounts.find("analyste").orElseThrow()).synthesis().counts().stream()
                        .filter(c -> c.raw().notProvided())
                        .map(c -> c.indicator().label())
                        .toList();
        assertThat(labels).as("indicators of the 2026 census nobody answered").isNotEmpty();
        browser.signIn("analyste", "demo-analyste-2012");
        browser.open("/campaigns/" + census2026 + "/synthesis");
        @SuppressWarnings("unchecked")
        Map<String, List<String>> rows = (Map<String, List<String>>) browser.script("""
                var labels = arguments[0], rows = {};
                document.querySelectorAll('main table tbody tr').forEach(function (tr) {
                  var th = tr.querySelector('th');
                  if (th && labels.indexOf(th.textContent.trim()) >= 0) {
                    rows[th.textContent.trim()] = Array.from(tr.querySelectorAll('td')).slice(0, 2).map(function (td) {
                      return td.textContent.replace(/\\s+/g, ' ').trim(); });
                  }
                });
                return rows;
                """, labels);
        assertThat(rows)
                .as("rows of the indicators nobody answered, among %s", labels)
                .isNotEmpty();
        rows.forEach((label, cells) -> assertThat(cells)
                .as("raw and extrapolated totals of « %s » (nobody answered)", label)
                .hasSize(2)
                .allSatisfy(cell -> assertThat(cell).startsWith("non renseigné").doesNotStartWith("0")));
    }

    @Test
    void theResponseRateStandsBesideTheExtrapolatedTotals() {
        browser.signIn("analyste", "demo-analyste-2012");
        browser.open("/campaigns/" + study + "/synthesis");
        assertThat(text("main .rate-summary"))
                .contains("extrapolé à partir de 8 réponses sur 29")
                .contains("% de la population")
                .contains("Taux de réponse faible")
                .contains("sous 50 %");
        @SuppressWarnings("unchecked")
        List<String> bases = (List<String>)
                browser.script(
                        "return Array.from(document.querySelectorAll("
                                + "'main table tbody tr')).filter(function (tr) { return tr.querySelector('td.base'); })"
                                + ".map(function (tr) { return tr.querySelector('td.base').textContent.replace(/\\s+/g, ' ').trim(); });");
        long rows = (Long) browser.script("return document.querySelector('main table').tBodies[0].rows.length;");
        assertThat(bases).as("a base beside every extrapolated total").hasSize((int) rows);
        assertThat(bases).allSatisfy(base -> assertThat(base).matches("\\d+ / 29.*"));
        long boxes = (Long) browser.script("return document.querySelectorAll('main .chart-box table').length;");
        long rates = (Long) browser.script("return document.querySelectorAll('main .chart-box .group-rate').length;");
        assertThat(rates)
                .as("a rate above every « Parts » table")
                .isEqualTo(boxes)
                .isPositive();
    }

    @Test
    void theStudySynthesisPrintsOnThreePagesAtMost() throws Exception {
        browser.signIn("analyste", "demo-analyste-2012");
        int pages = printedPages(study, "synthesis-2012.pdf");
        // The 2026 census is longer (more indicators, 13 points to check): measured, for the record.
        int pages2026 = printedPages(census2026, "synthesis-2026.pdf");
        System.out.println("Printed synthesis: 2012 on " + pages + " pages, 2026 on " + pages2026 + " pages");
        browser.open("/campaigns/" + study + "/synthesis");
        waitForCharts();
        // A look at the printed page, for whoever reviews the screenshots.
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        browser.driver().manage().window().setSize(new Dimension(794, 3400));
        browser.shot("print-preview");
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        assertThat(pages).as("printed pages of the 2012 synthesis").isLessThanOrEqualTo(MAX_PRINTED_PAGES);
    }

    private int printedPages(long campaign, String file) throws Exception {
        browser.open("/campaigns/" + campaign + "/synthesis");
        waitForCharts();
        Map<String, Object> pdf = ((ChromeDriver) browser.driver())
                .executeCdpCommand("Page.printToPDF", Map.of("printBackground", false));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        java.nio.file.Files.write(
                Browser.SCREENSHOTS.resolve(getClass().getSimpleName()).resolve(file), bytes);
        PdfReader reader = new PdfReader(bytes);
        try {
            return reader.getNumberOfPages();
        } finally {
            reader.close();
        }
    }

    @ParameterizedTest(name = "{0} at {2} px")
    @CsvSource({
        "analyste, demo-analyste-2012, 1280",
        "analyste, demo-analyste-2012, 390",
        "botsorhel, demo-botsorhel-2012, 1280",
        "botsorhel, demo-botsorhel-2012, 390"
    })
    void noDuplicateIdAndThePartsTablesFitTheirBoxes(String user, String password, int width) {
        browser.signIn(user, password);
        browser.driver().manage().window().setSize(new Dimension(width, 900));
        for (long campaign : new long[] {study, census2026}) {
            browser.open("/campaigns/" + campaign + "/synthesis");
            waitForCharts();
            browser.script("var c = document.querySelector('.charts'); if (c) { c.scrollIntoView(); }");
            browser.shot(user + "-" + campaign + "-" + width + "-parts");
            assertThat(browser.duplicateIds())
                    .as("duplicate ids on %s", campaign)
                    .isEmpty();
            assertThat(browser.script(OVERFLOWING_PARTS))
                    .as("« Parts » tables wider than their box at %d px", width)
                    .asList()
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} at {2} px")
    @CsvSource({
        "analyste, demo-analyste-2012, 1280",
        "analyste, demo-analyste-2012, 390",
        "botsorhel, demo-botsorhel-2012, 1280",
        "botsorhel, demo-botsorhel-2012, 390"
    })
    void everyAnalysisPagePassesAxeAndFitsTheWindow(String user, String password, int width) {
        browser.signIn(user, password);
        browser.driver().manage().window().setSize(new Dimension(width, 900));
        // axe-core takes its time on the long synthesis tables of a busy machine
        browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(120));
        List<String> pages = new ArrayList<>(List.of(
                "/campaigns/" + study + "/synthesis",
                "/campaigns/" + census2026 + "/synthesis",
                "/campaigns/" + study + "/synthesis/figures/count.desktops_excl_schools.extrapolated",
                "/campaigns/" + census2026 + "/synthesis/figures/count.desktops_excl_schools.raw",
                "/campaigns/" + study + "/representativity",
                "/campaigns/" + census2026 + "/priorities",
                "/campaigns/" + census2026 + "/compare?with=" + study,
                "/campaigns/" + software + "/software"));
        if (user.equals("analyste")) {
            pages.add("/campaigns/" + census2026 + "/follow-up");
        }
        List<String> violations = new ArrayList<>();
        for (String page : pages) {
            browser.open(page);
            // At phone width the rules that depend on width, and the page must not scroll sideways.
            for (String v : width < 600 ? browser.axeLayout() : browser.axe()) {
                violations.add(page + " → " + v);
            }
            long overflow = ((Number)
                            browser.script("return document.documentElement.scrollWidth - window.innerWidth;"))
                    .longValue();
            if (overflow > 1) {
                violations.add(page + " → the page is " + overflow + " px wider than the window");
            }
        }
        browser.shot(user + "-" + width + "-last");
        assertThat(violations)
                .as("axe-core violations as %s at %d px", user, width)
                .isEmpty();
    }

    private void waitForCharts() {
        browser.waitQuietlyUntil(
                d -> Boolean.TRUE.equals(browser.script("var c = document.querySelectorAll('main canvas');"
                        + " return typeof Chart !== 'undefined'"
                        + " && Array.from(c).every(function (x) { return !!Chart.getChart(x); });")));
    }

    private String text(String selector) {
        Object text = browser.script(
                "var e = document.querySelector(arguments[0]);"
                        + " return e ? e.textContent.replace(/\\s+/g, ' ').trim() : '';",
                selector);
        return (String) text;
    }
}
