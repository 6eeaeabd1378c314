package org.mutualis.census.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mutualis.Browser;
import org.mutualis.MutualisBrowserTest;
import org.mutualis.census.AnswerSubmission;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.territory.CollectivityView;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nothing typed in the 2026 questionnaire is lost, in a real browser: a session that expired before
 * « Enregistrer le brouillon » (sign in again, back on the form with the values), the automatic
 * draft save (the values are on the server after a reload), someone else saving in between (the
 * typed values beside the stored ones, « Reprendre ma saisie »), a response validated meanwhile
 * (the kept value beside, read-only). Mutates only 29034, 29251 and 29207, through accounts of its
 * own.
 */
@MutualisBrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswersKeepBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Campaigns campaigns;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    long campaign;
    CurrentUser analyst;
    String first;
    String second;

    @BeforeAll
    void theOpenCampaign() {
        CampaignSummary open = campaigns.all().stream()
                .filter(c -> c.name().startsWith("Recensement 2026"))
                .findFirst()
                .orElseThrow();
        campaign = open.id();
        analyst = TestUsers.create(accounts, Role.ANALYST);
        Questionnaire theme = campaigns.themes(campaign, analyst).get(0);
        List<String> numeric = theme.questions().stream()
                .filter(q -> theme.indicatorOf(q).choices().isEmpty()
                        && theme.indicatorOf(q).numeric())
                .map(Question::code)
                .toList();
        first = numeric.get(0);
        second = numeric.get(1);
    }

    private CollectivityView collectivity(String code) {
        return campaigns.visibleCollectivities(campaign, analyst).stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private CurrentUser correspondentOf(CollectivityView collectivity) {
        return TestUsers.create(accounts, Role.CORRESPONDENT, collectivity.id());
    }

    private String form(CollectivityView collectivity) {
        return "/campaigns/" + campaign + "/responses/" + collectivity.id();
    }

    private WebElement field(String code) {
        return browser.driver().findElement(By.name("a." + code));
    }

    private String value(String code) {
        return field(code).getDomProperty("value");
    }

    private String keepStatus() {
        return browser.driver().findElement(By.id("answers-keep")).getText();
    }

    private void delay(int millis) {
        browser.script(
                "document.querySelector('form#answers').setAttribute('data-keep-delay', arguments[0]);", "" + millis);
    }

    private String stored(CollectivityView collectivity, String code) {
        var answer = campaigns
                .response(campaign, collectivity.id(), analyst)
                .answers()
                .get(code);
        return answer == null ? null : answer.display();
    }

    @Test
    void anExpiredSessionKeepsTheTypedValuesAndSigningInReturnsToTheForm() {
        CollectivityView cloitre = collectivity("29034");
        CurrentUser correspondent = correspondentOf(cloitre);
        browser.signIn(correspondent.username(), TestUsers.PASSWORD);
        browser.open(form(cloitre));
        browser.assertAccessible("the answer form");
        delay(60_000);
        field(first).sendKeys("12");
        field(second).sendKeys("5");
        browser.shot("typed");

        // The session expires (its cookie is gone), then the person saves.
        browser.driver().manage().deleteCookieNamed("SESSION");
        browser.driver()
                .findElement(By.cssSelector("form#answers button[value=save]"))
                .click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/login"));
        browser.shot("sign-in-again");
        // the form's step (#step-n) rides along the redirect
        assertThat(browser.driver().getCurrentUrl()).contains("/login?expired");
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("Votre session a expiré")
                .doesNotContain("pas accès");
        browser.assertAccessible("the sign-in page after the session expired");

        browser.driver().findElement(By.id("username")).sendKeys(correspondent.username());
        browser.driver().findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.driver()
                .findElement(By.cssSelector("main form button[type=submit]"))
                .click();
        browser.waitUntil(d -> !d.getCurrentUrl().contains("/login"));
        assertThat(browser.driver().getCurrentUrl().replaceFirst("#step-\\d+$", ""))
                .endsWith(form(cloitre));
        browser.waitUntil(d -> "12".equals(value(first)));
        browser.shot("back-on-the-form");
        assertThat(value(first)).isEqualTo("12");
        assertThat(value(second)).isEqualTo("5");
        assertThat(keepStatus()).contains("reprises depuis cet ordinateur");
        browser.assertAccessible("the form with the values put back");

        // They are then saved as a draft, and the copy on this computer goes.
        delay(200);
        browser.waitUntil(d -> keepStatus().contains("Brouillon enregistré à"));
        assertThat(stored(cloitre, first)).isEqualTo("12");
        assertThat(stored(cloitre, second)).isEqualTo("5");
        assertThat(browser.script("return Object.keys(localStorage).filter(function (k) {"
                        + " return k.indexOf('mutualis.answers.') === 0; }).length;"))
                .isEqualTo(0L);

        // The session expires again: the automatic save says so, and keeps the values here.
        field(first).clear();
        field(first).sendKeys("13");
        browser.driver().manage().deleteCookieNamed("SESSION");
        browser.waitUntil(d -> keepStatus().contains("Votre session a expiré"));
        browser.shot("auto-save-session-expired");
        WebElement again = browser.driver().findElement(By.cssSelector("#answers-keep a"));
        assertThat(again.getText()).isEqualTo("Reconnectez-vous pour les enregistrer");
        assertThat(again.getDomAttribute("href")).isEqualTo(form(cloitre));
        browser.assertAccessible("the form whose session expired");
        assertThat(stored(cloitre, first)).isEqualTo("12");
        assertThat(browser.consoleErrors())
                .as("only the refused requests of the expired session")
                .allMatch(line -> line.contains("401") || line.contains("403"));
    }

    @Test
    void theDraftIsSavedAutomaticallyAndIsThereAfterAReload() {
        CollectivityView jean = collectivity("29251");
        CurrentUser correspondent = correspondentOf(jean);
        browser.signIn(correspondent.username(), TestUsers.PASSWORD);
        browser.open(form(jean));
        delay(300);
        field(first).sendKeys("7");
        browser.waitUntil(d -> keepStatus().contains("Brouillon enregistré à"));
        browser.shot("auto-saved");
        assertThat(keepStatus()).matches("(?s).*Brouillon enregistré à \\d\\d:\\d\\d\\..*");
        browser.assertAccessible("the form after an automatic save");
        assertThat(stored(jean, first)).isEqualTo("7");

        browser.script("localStorage.clear();");
        browser.driver().navigate().refresh();
        assertThat(value(first)).isEqualTo("7");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("brouillon, non compté");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void someoneSavingInBetweenOrValidatingShowsTheTypedValuesBesideTheStoredOnes() {
        CollectivityView plourin = collectivity("29207");
        CurrentUser correspondent = correspondentOf(plourin);
        browser.signIn(correspondent.username(), TestUsers.PASSWORD);
        browser.open(form(plourin));
        long opened = campaigns.response(campaign, plourin.id(), analyst).version();

        // The analyst saves 10 while the correspondent has the form open, then they type 12.
        campaigns.save(campaign, plourin.id(), new AnswerSubmission(Map.of(first, "10"), null, opened), analyst);
        delay(300);
        field(first).sendKeys("12");
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".keep-beside")).isEmpty());
        browser.shot("conflict");
        WebElement beside = browser.driver().findElement(By.cssSelector(".keep-beside"));
        assertThat(beside.getText()).contains("Votre saisie : 12 — Enregistré : 10");
        assertThat(value(first)).isEqualTo("10");
        assertThat(keepStatus()).contains("a été modifiée par " + analyst.username());
        browser.assertAccessible("the form after a conflict");

        beside.findElement(By.tagName("button")).click();
        assertThat(value(first)).isEqualTo("12");
        browser.waitUntil(d -> keepStatus().contains("Brouillon enregistré à"));
        assertThat(stored(plourin, first)).isEqualTo("12");

        // Typed, then validated by the EPCI before it is saved: kept, and shown beside, read-only.
        delay(60_000);
        field(first).clear();
        field(first).sendKeys("13");
        jdbc.sql("update response set status = 'VALIDATED', version = version + 1"
                        + " where campaign_id = ? and collectivity_id = ?")
                .params(campaign, plourin.id())
                .update();
        browser.driver().navigate().refresh();
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".keep-beside")).isEmpty());
        browser.shot("validated-meanwhile");
        assertThat(browser.driver().findElement(By.cssSelector(".keep-beside")).getText())
                .contains("Votre saisie : 13 — Enregistré : 12")
                .doesNotContain("Reprendre ma saisie");
        assertThat(field(first).isEnabled()).isFalse();
        assertThat(browser.driver().findElement(By.id("keep-beside")).getText()).contains("lecture seule");
        browser.assertAccessible("a validated response with a kept value beside");
        assertThat(stored(plourin, first)).isEqualTo("12");

        // Still kept after another reload: nothing is lost until the person says so.
        browser.driver().navigate().refresh();
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".keep-beside")).isEmpty());
        assertThat(browser.driver().findElement(By.cssSelector(".keep-beside")).getText())
                .contains("Votre saisie : 13");
    }
}
