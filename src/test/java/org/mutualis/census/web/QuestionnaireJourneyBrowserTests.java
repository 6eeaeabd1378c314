package org.mutualis.census.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 2026 four-theme questionnaire as a correspondent fills it, in a real browser: one step per
 * theme with a progress bar and a review, radios for yes/no and choices (in French), date inputs,
 * « Non communiqué » as a choice, skip logic, live checks between answers, axe at 1280 and 390 px;
 * and the whole journey, measured.
 *
 * <p>Measured on the one-page form before this change (29219 Le Ponthou, the same answers, every
 * question typed or picked): {@code JOURNEY correspondent screens=2 clicks=173 fields=153 keys=712
 * seconds=47.6}, the page 20 074 px high. After (29183 Plouégat-Moysan): {@code screens=10
 * clicks=161 fields=152 keys=684 seconds=41.1}, the longest step 7 790 px high (one question fewer:
 * no data key, so their monthly cost is not asked).
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
    long plouegat;
    long locEguiner;

    @BeforeAll
    void accounts() {
        CampaignSummary census = campaigns.all().stream()
                .filter(c -> c.name().startsWith("Recensement 2026"))
                .findFirst()
                .orElseThrow();
        campaign = census.id();
        plouegat = collectivity(census, "29183");
        locEguiner = collectivity(census, "29127");
        account("form-plouegat", "Secrétaire de Plouégat-Moysan", plouegat);
        account("form-loceguiner", "Secrétaire de Loc-Eguiner", locEguiner);
    }

    private void account(String name, String display, long collectivity) {
        if (accounts.find(name).isEmpty()) {
            accounts.create(new NewAccount(name, display, Role.CORRESPONDENT, collectivity, PASSWORD));
        }
    }

    private long collectivity(CampaignSummary census, String code) {
        return territories.collectivities(census.territoryId()).stream()
                .filter(c -> c.code().equals(code))
                .mapToLong(CollectivityView::id)
                .findFirst()
                .orElseThrow();
    }

    private WebElement find(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    private String text(String css) {
        return find(css).getText();
    }

    private void openLocEguiner() {
        browser.signIn("form-loceguiner", PASSWORD);
        browser.open("/campaigns/" + campaign + "/responses/" + locEguiner);
        browser.waitUntil(
                d -> !d.findElement(By.cssSelector(".step-progress")).getText().isEmpty());
    }

    @Test
    void theFormGoesStepByStepWithItsProgressAndFrenchControls() {
        openLocEguiner();
        browser.script("window.__steps = []; document.addEventListener('mutualis:step',"
                + " function (e) { window.__steps.push(e.detail.step); });");
        assertThat(text("#step-status")).isEqualTo("Étape 1 sur 9 — Infrastructure et réseaux : Postes de travail");
        assertThat(find("#step-1").isDisplayed()).isTrue();
        assertThat(find("#step-2").isDisplayed()).isFalse();
        assertThat(find("nav.steps a[data-step='1']").getAttribute("aria-current"))
                .isEqualTo("step");
        assertThat(find("#answers").getAttribute("data-keep")).isEqualTo(campaign + "-" + locEguiner);
        assertThat(find("#answers").getAttribute("data-draft-url"))
                .endsWith("/campaigns/" + campaign + "/responses/" + locEguiner + "/draft");
        assertThat(browser.driver().findElements(By.cssSelector("#step-1 button[name=action][value=save]")))
                .extracting(WebElement::getText)
                .containsExactly("Enregistrer et continuer plus tard");
        browser.shot("step-1");

        // yes/no are radios (Oui, Non, Non communiqué), choices are French radios, dates are dates
        assertThat(browser.driver().findElements(By.cssSelector("input[type=radio][name='a.backup_nas']")))
                .extracting(e -> e.findElement(By.xpath(".."))
                        .getDomProperty("textContent")
                        .strip())
                .containsExactly("Oui", "Non", "Non communiqué (NC)");
        assertThat(browser.driver().findElements(By.cssSelector("input[type=radio][name='a.backup_frequency']")))
                .extracting(e -> e.findElement(By.xpath(".."))
                        .getDomProperty("textContent")
                        .strip())
                .contains("Chaque semaine", "Jamais (pas de sauvegarde)");
        assertThat(find("#a-tel_fixed_contract_end_date").getAttribute("type")).isEqualTo("date");
        assertThat(find("#a-desktops_excl_schools").getAttribute("inputmode")).isEqualTo("numeric");
        assertThat(text("#u-desktops_excl_schools")).isEqualTo("postes");
        assertThat(browser.driver()
                        .findElements(By.cssSelector("input[type=checkbox][name='nc.desktops_excl_schools']")))
                .hasSize(1);
        String everything = (String) browser.script("return document.getElementById('answers').textContent;");
        assertThat(everything)
                .as("no English choice value in the French form")
                .doesNotContainPattern("\\b(daily|weekly|monthly|hosted|saas|partial|yes)\\b")
                .doesNotContain("Réponses possibles");

        find("button.step-next").click();
        assertThat(text("#step-status"))
                .isEqualTo("Étape 2 sur 9 — Infrastructure et réseaux : Systèmes et bureautique");
        assertThat(find("#step-1").isDisplayed()).isFalse();
        assertThat(find("#step-2").isDisplayed()).isTrue();
        assertThat(find("nav.steps a[data-step='2']").getAttribute("aria-current"))
                .isEqualTo("step");
        assertThat(browser.script("return window.__steps;")).isEqualTo(List.of(2L));
        find("nav.steps a[data-step='9']").click();
        assertThat(text("#step-status")).isEqualTo("Étape 9 sur 9 — Relecture et envoi");
        assertThat(text("#review")).contains("Questions obligatoires encore sans réponse");
        browser.shot("review-empty");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void liveChecksExplainAndSkipLogicHidesMootQuestions() {
        openLocEguiner();
        find("#a-desktops_excl_schools").sendKeys("8");
        find("#a-laptops_excl_schools").sendKeys("0", Keys.TAB);
        find("#step-1 button.step-next").click();
        // the rule joins two sections of the theme: the devices of step 1, the systems of step 2
        find("#a-os_windows_11").sendKeys("9", Keys.TAB);
        browser.waitUntil(d -> !d.findElement(By.id("x-os_xp")).getText().isEmpty());
        assertThat(text("#x-os_xp")).contains("vos réponses totalisent 9 pour 8 appareils");
        assertThat(find("#x-os_xp").getAttribute("aria-live")).isEqualTo("polite");
        browser.shot("live-check");

        find("nav.steps a[data-step='3']").click();
        WebElement cost = find("#a-avg_cost_server_eur_ht");
        assertThat(cost.isDisplayed()).isTrue();
        find("#a-servers").sendKeys("0", Keys.TAB);
        browser.waitUntil(d -> !d.findElement(By.id("q-avg_cost_server_eur_ht")).isDisplayed());
        assertThat(find("#q-server_roles").isDisplayed()).isFalse();
        assertThat(cost.isEnabled()).isFalse();
        find("#a-servers").clear();
        find("#a-servers").sendKeys("2", Keys.TAB);
        browser.waitUntil(d -> d.findElement(By.id("q-avg_cost_server_eur_ht")).isDisplayed());
        assertThat(cost.isEnabled()).isTrue();

        // « Non communiqué » is a box: ticked, the field is off
        find("nav.steps a[data-step='1']").click();
        find("input[name='nc.main_brands']").click();
        assertThat(find("#a-main_brands").isEnabled()).isFalse();
        find("input[name='nc.main_brands']").click();
        assertThat(find("#a-main_brands").isEnabled()).isTrue();
    }

    @Test
    void theStepsPassAxeOnADeskAndOnAPhone() {
        openLocEguiner();
        try {
            for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
                browser.driver().manage().window().setSize(size);
                browser.assertAccessible("step 1 at " + size.width);
                find("nav.steps a[data-step='2']").click();
                browser.assertAccessible("step 2 at " + size.width);
                find("nav.steps a[data-step='9']").click();
                browser.assertAccessible("review at " + size.width);
                browser.shot("review-" + size.width);
                long overflow = ((Number)
                                browser.script("return document.documentElement.scrollWidth - window.innerWidth;"))
                        .longValue();
                assertThat(overflow)
                        .as("horizontal overflow at %d px", size.width)
                        .isLessThanOrEqualTo(0);
                find("nav.steps a[data-step='1']").click();
                browser.shot("step-1-" + size.width);
            }
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void aCorrespondentFillsTheWholeQuestionnaire() {
        Map<String, String> answers = JourneyAnswers.all();
        // No data key (tel_data_keys = 0): their monthly cost is moot, the form does not ask it.
        answers.remove("tel_monthly_cost_data_keys");
        browser.signIn("form-plouegat", PASSWORD);
        long start = System.nanoTime();
        int screens = 0;
        int clicks = 0;
        int keys = 0;
        int fields = 0;
        long height = 0;
        browser.open("/campaigns/" + campaign + "/responses/" + plouegat);
        browser.waitUntil(
                d -> !d.findElement(By.cssSelector(".step-progress")).getText().isEmpty());
        screens++;
        int steps =
                browser.driver().findElements(By.cssSelector("section.step")).size();
        for (int step = 1; step < steps; step++) {
            height = Math.max(height, ((Number) browser.script("return document.body.scrollHeight;")).longValue());
            for (WebElement question : browser.driver().findElements(By.cssSelector("#step-" + step + " .question"))) {
                if (!question.isDisplayed()) {
                    continue;
                }
                String code = question.getAttribute("data-code");
                String value = answers.get(code);
                assertThat(value).as("an answer for %s", code).isNotNull();
                fields++;
                keys += QuestionTyping.answer(browser, question, value);
                clicks++;
            }
            find("#step-" + step + " button.step-next").click();
            clicks++;
            screens++;
        }
        height = Math.max(height, ((Number) browser.script("return document.body.scrollHeight;")).longValue());
        assertThat(text("#step-status")).isEqualTo("Étape 9 sur 9 — Relecture et envoi");
        assertThat(text("#review"))
                .contains("Toutes les questions obligatoires ont une réponse")
                .contains("Chaque semaine")
                .contains("30/06/2027");
        browser.shot("journey-review");
        find("#step-review button[name=action][value=submit]").click();
        clicks++;
        browser.waitUntil(
                d -> !d.findElements(By.cssSelector(".notice.ok[role=status]")).isEmpty()
                        || !d.findElements(By.cssSelector(".notice.error")).isEmpty());
        screens++;
        double seconds = (System.nanoTime() - start) / 1e9;
        browser.shot("journey-submitted");
        assertThat(browser.driver().findElements(By.cssSelector(".notice.error")))
                .isEmpty();
        assertThat(text(".notice.ok[role=status]")).contains("transmise");
        assertThat(fields).isEqualTo(answers.size());
        assertThat(campaigns.data(campaign).answers().get("29183").keySet())
                .as("every answer stored")
                .containsExactlyInAnyOrderElementsOf(answers.keySet());
        System.out.printf(
                Locale.ROOT,
                "JOURNEY correspondent screens=%d clicks=%d fields=%d keys=%d seconds=%.1f longestScreenHeight=%d%n",
                screens,
                clicks,
                fields,
                keys,
                seconds,
                height);
    }
}
