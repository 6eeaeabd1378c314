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
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.NewAccount;
import org.mutualis.identity.Role;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new correspondent fills the 2026 four-theme questionnaire completely and submits it, in a real
 * browser; the journey is measured (screens, clicks, fields and key presses, seconds).
 */
@MutualisBrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionnaireJourneyBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String PASSWORD = "parcours-questionnaire-2026";

    @Autowired
    Campaigns campaigns;

    @Autowired
    Accounts accounts;

    @Autowired
    Territories territories;

    long campaign;
    long ponthou;

    @BeforeAll
    void accounts() {
        CampaignSummary census = campaigns.all().stream()
                .filter(c -> c.name().startsWith("Recensement 2026"))
                .findFirst()
                .orElseThrow();
        campaign = census.id();
        ponthou = collectivity(census, "29219");
        if (accounts.find("form-ponthou").isEmpty()) {
            accounts.create(
                    new NewAccount("form-ponthou", "Secrétaire du Ponthou", Role.CORRESPONDENT, ponthou, PASSWORD));
        }
    }

    private long collectivity(CampaignSummary census, String code) {
        return territories.collectivities(census.territoryId()).stream()
                .filter(c -> c.code().equals(code))
                .mapToLong(CollectivityView::id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aCorrespondentFillsTheWholeQuestionnaire() {
        Map<String, String> answers = JourneyAnswers.all();
        browser.signIn("form-ponthou", PASSWORD);
        long start = System.nanoTime();
        int screens = 0;
        int clicks = 0;
        int keys = 0;
        int fields = 0;
        browser.open("/campaigns/" + campaign + "/responses/" + ponthou);
        screens++;
        long height = ((Number) browser.script("return document.body.scrollHeight;")).longValue();
        List<WebElement> inputs = browser.driver().findElements(By.cssSelector("main form [name^='a.']"));
        for (WebElement input : inputs) {
            String code = input.getAttribute("name").substring(2);
            String value = answers.get(code);
            assertThat(value).as("an answer for %s", code).isNotNull();
            fields++;
            if (input.getTagName().equals("select")) {
                new Select(input).selectByValue(value);
                clicks += 2;
            } else {
                String typed = value.matches("\\d{4}-\\d{2}-\\d{2}") ? JourneyAnswers.french(value) : value;
                input.click();
                input.sendKeys(typed);
                clicks++;
                keys += typed.length();
            }
        }
        browser.driver()
                .findElement(By.cssSelector("main form button[name=action][value=submit]"))
                .click();
        clicks++;
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".notice.ok")).isEmpty()
                || !d.findElements(By.cssSelector(".notice.error")).isEmpty());
        screens++;
        double seconds = (System.nanoTime() - start) / 1e9;
        browser.shot("after-submit");
        assertThat(browser.driver().findElements(By.cssSelector(".notice.error")))
                .isEmpty();
        assertThat(browser.driver().findElement(By.cssSelector(".notice.ok")).getText())
                .contains("transmise");
        System.out.printf(
                java.util.Locale.ROOT,
                "JOURNEY correspondent screens=%d clicks=%d fields=%d keys=%d seconds=%.1f longestScreenHeight=%d%n",
                screens,
                clicks,
                fields,
                keys,
                seconds,
                height);
    }
}
