package org.mutualis.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mutualis.Browser;
import org.mutualis.MutualisBrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Each role's home page in a real browser, on the demo: the right page for the role, no link on
 * it (or in the navigation) that ends in a refusal, no English « API » link for a correspondent,
 * 0 axe-core violations on a desktop and a phone, and the elected official's page printed on two
 * pages at most.
 */
@MutualisBrowserTest
class HomeBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    /**
     * Fetches every same-origin link of the page (the language switch left out: it changes the
     * session's language) and returns those that end in a refusal: 401/403/404, the sign-in page,
     * or the « accès » error page.
     */
    private static final String REFUSED_LINKS = """
            var done = arguments[arguments.length - 1];
            var urls = Array.from(new Set(Array.from(document.querySelectorAll('a[href]'))
                .map(function (a) { return a.href.split('#')[0]; })
                .filter(function (h) { return h.indexOf(location.origin + '/') === 0 && h.indexOf('lang=') < 0; })));
            Promise.all(urls.map(function (u) {
              return fetch(u, { credentials: 'same-origin' }).then(function (r) {
                return r.text().then(function (body) {
                  var refused = r.status === 401 || r.status === 403 || r.status === 404
                    || r.url.indexOf('/login') >= 0 || body.indexOf('pas accès') >= 0;
                  return refused ? (u + ' → ' + r.status + ' ' + r.url) : null;
                });
              }).catch(function (e) { return u + ' → ' + e; });
            })).then(function (r) { done({ checked: urls.length, refused: r.filter(function (x) { return x; }) }); });
            """;

    @AfterEach
    void desktop() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "botsorhel, demo-botsorhel-2012, Le recensement — Botsorhel",
        "analyste, demo-analyste-2012, À faire",
        "elu, demo-elu-2012, Où en est le territoire"
    })
    void eachRoleLandsOnItsHomeWhereNoLinkEndsInARefusal(String user, String password, String heading) {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.signIn(user, password);
        browser.open("/");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(heading);
        browser.shot(user + "-home");

        // A synthesis or two among the links, on a shared machine: more patience than for a click.
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        @SuppressWarnings("unchecked")
        Map<String, Object> links;
        try {
            links = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(REFUSED_LINKS);
        } finally {
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        }
        assertThat(((Number) links.get("checked")).intValue())
                .as("links checked on %s's home", user)
                .isGreaterThan(5);
        assertThat((List<?>) links.get("refused"))
                .as("links of %s's home and navigation that end in a refusal", user)
                .isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("a[href='/aide']")))
                .as("the help link")
                .isNotEmpty();

        browser.assertAccessible(user + " home, 1280 px");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/");
        browser.shot(user + "-home-phone");
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth;")).intValue())
                .as("page width on a 390 px phone")
                .isLessThanOrEqualTo(390);
        browser.assertAccessible(user + " home, 390 px");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aCorrespondentHasOneBigButtonAndNoEnglishApiLink() {
        browser.signIn("botsorhel", "demo-botsorhel-2012");
        browser.open("/");
        List<WebElement> buttons =
                browser.driver().findElements(By.cssSelector("main .questionnaire-card a.big-button"));
        assertThat(buttons).as("one button per questionnaire under way").isNotEmpty();
        assertThat(buttons.get(0).getText()).isIn("Remplir le questionnaire", "Reprendre", "Voir ma réponse");
        assertThat(browser.driver().findElements(By.cssSelector("a[href*='/api/']")))
                .as("links to the API")
                .isEmpty();
        assertThat(browser.driver().findElements(By.linkText("API"))).isEmpty();
        assertThat(browser.driver().findElements(By.linkText("Jetons d'API"))).isEmpty();

        buttons.get(0).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/responses/"));
        browser.shot("botsorhel-questionnaire");
        assertThat(browser.driver().getPageSource()).doesNotContain("pas accès");

        browser.open("/aide/correspondant");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("Remplir le questionnaire de recensement");
        browser.shot("botsorhel-guide");
        browser.assertAccessible("the correspondent's guide");
    }

    @Test
    void theElectedOfficialsHomePrintsOnTwoPagesAtMost() throws Exception {
        browser.signIn("elu", "demo-elu-2012");
        browser.open("/");
        assertThat(browser.driver().findElements(By.cssSelector("table.key-figures tbody tr")))
                .as("key figures")
                .isNotEmpty();
        browser.shot("elu-home");
        Map<String, Object> pdf = ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Page.printToPDF",
                        Map.of(
                                "printBackground",
                                false,
                                "preferCSSPageSize",
                                true,
                                "paperWidth",
                                8.27,
                                "paperHeight",
                                11.69));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        java.nio.file.Files.write(
                Browser.SCREENSHOTS.resolve(getClass().getSimpleName()).resolve("elu-home.pdf"), bytes);
        // What the paper shows, as a screenshot for the reader of the test report.
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        browser.driver().manage().window().setSize(new Dimension(794, 1123));
        browser.shot("elu-home-print");
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        PdfReader reader = new PdfReader(bytes);
        try {
            assertThat(reader.getNumberOfPages())
                    .as("printed pages of the elected official's home")
                    .isBetween(1, 2);
        } finally {
            reader.close();
        }
    }
}
