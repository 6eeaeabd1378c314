package org.mutualis.census.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mutualis.Browser;
import org.mutualis.DemoWorld;
import org.mutualis.MutualisBrowserTest;
import org.mutualis.census.CampaignInvitations;
import org.mutualis.census.Campaigns;
import org.mutualis.census.ResponseStatus;
import org.mutualis.census.mail.CaughtMails;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.territory.Territories;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The three journeys of issue 10, end to end in a real browser, one after the other on the
 * demo's 2026 census for Henvic (29079), with axe-core on every screen:
 * <ol>
 *   <li>the town-hall secretary: the invitation e-mail (the demo's mail catcher), choosing a
 *       password, her home page, the questionnaire step by step, « Transmettre », her home
 *       saying it is transmitted;
 *   <li>the analyst: her home lists Henvic's response to validate; she opens and validates it;
 *   <li>the elected official: his home says where the territory stands; the synthesis it links
 *       to has its charts drawn and the response rate beside the totals.
 * </ol>
 */
@MutualisBrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThreeJourneysBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String SECRETARY = "secretariat.henvic@example.fr";
    private static final String PASSWORD = "Une phrase de passe pour Henvic 2026";

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Accounts accounts;

    @Autowired
    CampaignInvitations invitations;

    @Autowired
    CaughtMails mails;

    DemoWorld demo;
    long census;
    long henvic;
    CurrentUser analyst;

    @BeforeAll
    void world() {
        demo = new DemoWorld(territories, campaigns, accounts);
        census = demo.census2026().id();
        henvic = demo.collectivity("29079").id();
        analyst = accounts.find("analyste").orElseThrow();
    }

    private WebElement visible(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElseThrow(() -> new AssertionError("nothing visible matches " + css));
    }

    private String main() {
        return browser.driver().findElement(By.tagName("main")).getText();
    }

    /** The link of an e-mail, on the application under test (the e-mail names the configured base URL). */
    private String local(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    @Test
    @Order(1)
    void theSecretaryAnswersFromHerInvitation() {
        invitations.invite(census, henvic, SECRETARY, analyst);
        var mail = mails.all(analyst).stream()
                .filter(m -> m.to().contains(SECRETARY))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no invitation e-mail to " + SECRETARY));
        String passwordLink = mail.links().stream()
                .filter(l -> l.contains("/invitation/"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no personal link in « " + mail.body() + " »"));

        browser.driver().manage().deleteAllCookies();
        browser.open(local(passwordLink));
        browser.shot("secretary-invitation");
        browser.assertAccessible("the invitation page");
        browser.driver().findElement(By.id("password")).sendKeys(PASSWORD);
        browser.driver().findElement(By.id("confirmation")).sendKeys(PASSWORD);
        browser.driver()
                .findElement(By.cssSelector("main form button[type=submit]"))
                .click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/login"));

        browser.signIn(SECRETARY, PASSWORD);
        browser.open("/");
        browser.shot("secretary-home");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("Henvic");
        assertThat(main()).contains("à remplir");
        browser.assertAccessible("the secretary's home");
        visible("main a.big-button").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("form#answers")).isEmpty());

        // Step by step, the questions that must be answered (the others can wait).
        Map<String, String> answers = JourneyAnswers.all();
        int steps =
                browser.driver().findElements(By.cssSelector("section.step")).size();
        for (int step = 1; step < steps; step++) {
            for (WebElement question : browser.driver().findElements(By.cssSelector("#step-" + step + " .question"))) {
                if (question.isDisplayed() && "true".equals(question.getAttribute("data-required"))) {
                    QuestionTyping.answer(browser, question, answers.get(question.getAttribute("data-code")));
                }
            }
            if (step == 1) {
                browser.shot("secretary-step-1");
                browser.assertAccessible("the first step of the questionnaire");
            }
            visible("#step-" + step + " button.step-next").click();
        }
        browser.shot("secretary-review");
        browser.assertAccessible("the review step");
        visible("#step-review button[name=action][value=submit]").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".notice.ok[role=status], .notice.error"))
                .isEmpty());
        browser.shot("secretary-transmitted");
        assertThat(browser.driver().findElements(By.cssSelector(".notice.error")))
                .isEmpty();
        assertThat(main()).contains("transmise");

        browser.open("/");
        assertThat(main()).contains("transmis");
        assertThat(campaigns.response(census, henvic, analyst).status()).isEqualTo(ResponseStatus.SUBMITTED);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(2)
    void theAnalystValidatesItFromHerHome() {
        browser.signIn("analyste", "demo-analyste-2012");
        browser.open("/");
        browser.shot("analyst-home");
        browser.assertAccessible("the analyst's home");
        List<WebElement> toValidate =
                browser.driver().findElements(By.xpath("//main//a[contains(normalize-space(.), 'Henvic')]"));
        assertThat(toValidate).as("Henvic's response among those to validate").isNotEmpty();
        toValidate.get(0).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/responses/" + henvic));
        browser.shot("analyst-response");
        browser.driver()
                .findElement(By.xpath("//form[contains(@action, '/validate')]//button[@type='submit']"))
                .click();
        browser.waitUntil(d -> !d.findElements(By.id("locked")).isEmpty());
        browser.shot("analyst-validated");
        assertThat(campaigns.response(census, henvic, analyst).status()).isEqualTo(ResponseStatus.VALIDATED);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(3)
    void theElectedOfficialReadsWhereTheTerritoryStands() {
        browser.signIn("elu", "demo-elu-2012");
        browser.open("/");
        browser.shot("elected-home");
        assertThat(main()).contains("Où en est le territoire");
        browser.assertAccessible("the elected official's home");
        visible("main a[href*='/synthesis']").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/synthesis"));
        browser.waitQuietlyUntil(d -> Boolean.TRUE.equals(browser.script(
                "var c = document.querySelectorAll('main canvas'); return c.length > 0 && typeof Chart !== 'undefined'"
                        + " && Array.from(c).every(function (x) { return !!Chart.getChart(x); });")));
        browser.shot("elected-synthesis");
        assertThat(browser.script("return document.querySelectorAll('main canvas').length;"))
                .as("charts on the synthesis")
                .isNotEqualTo(0L);
        assertThat(main()).contains("réponses sur");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
