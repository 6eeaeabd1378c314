package org.mutualis.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mutualis.Browser;
import org.mutualis.DemoWorld;
import org.mutualis.MutualisBrowserTest;
import org.mutualis.identity.Accounts;
import org.mutualis.territory.Territories;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 10, point 3, in a real browser: what a status says is what happens. A correspondent's
 * draft says it is not counted; staff saving a draft leave it a draft; a validated response is
 * read-only and says how to reopen it; a commune nobody invited reads « non invitée »; the
 * import form asks before overwriting validated answers. Uses Pleyber-Christ (29163), which has
 * no 2026 answer in the demo.
 */
@MutualisBrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HonestWorkflowBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Accounts accounts;

    @Autowired
    CampaignInvitations invitations;

    DemoWorld demo;
    long census;
    long pleyber;
    String correspondent;

    @BeforeAll
    void world() {
        demo = new DemoWorld(territories, campaigns, accounts);
        census = demo.census2026().id();
        pleyber = demo.collectivity("29163").id();
        correspondent = demo.newCorrespondent("pleyber", "29163");
    }

    private String responsePage() {
        return "/campaigns/" + census + "/responses/" + pleyber;
    }

    /** The first visible « Enregistrer le brouillon » button of the answer form. */
    private WebElement saveButton() {
        return browser.driver().findElements(By.cssSelector("button[name=action][value=save]")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no visible « Enregistrer le brouillon » button"));
    }

    /** The first visible, enabled free-text or number answer field. */
    private WebElement firstTextAnswer() {
        return browser.driver().findElements(By.cssSelector("form input[name^='a.']")).stream()
                .filter(e -> e.isDisplayed() && e.isEnabled())
                .filter(e -> List.of("text", "number").contains(e.getAttribute("type")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no answer field to type in"));
    }

    @Test
    void aDraftSaysItIsNotCountedAndStaffSavingItLeavesItADraft() {
        browser.signIn(correspondent, DemoWorld.PASSWORD);
        browser.open(responsePage());
        WebElement field = firstTextAnswer();
        field.clear();
        field.sendKeys("3");
        saveButton().click();
        browser.waitUntil(d -> d.getPageSource().contains("Brouillon"));
        browser.shot("correspondent-draft-saved");
        String counts = browser.driver().findElement(By.id("counts")).getText();
        assertThat(counts).contains("ne compte pas dans la synthèse").doesNotContain("tient compte");
        browser.assertAccessible("the correspondent's saved draft");

        browser.signIn("analyste", "demo-analyste-2012");
        browser.open(responsePage());
        saveButton().click();
        browser.waitUntil(d -> d.findElements(By.id("counts")).size() == 1);
        browser.shot("staff-saved-the-draft");
        assertThat(browser.driver().findElement(By.id("counts")).getText())
                .as("staff saving a draft does not validate it")
                .contains("Brouillon")
                .contains("ne compte pas");
        assertThat(campaigns
                        .response(census, pleyber, accounts.find("analyste").orElseThrow())
                        .status())
                .isEqualTo(ResponseStatus.IN_PROGRESS);
    }

    @Test
    void aValidatedResponseIsReadOnlyAndSaysHowToReopenIt() {
        var staff = accounts.find("analyste").orElseThrow();
        ResponseView validated = campaigns.responses(census, staff).stream()
                .filter(r -> r.status() == ResponseStatus.VALIDATED)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo's 2026 census has no validated response"));
        browser.signIn("analyste", "demo-analyste-2012");
        browser.open("/campaigns/" + census + "/responses/"
                + validated.collectivity().id());
        browser.shot("validated-response");
        assertThat(browser.driver().findElement(By.id("locked")).getText()).contains("lecture seule");
        assertThat(browser.driver().findElements(By.cssSelector("form input[name^='a.']")))
                .as("answer fields of a validated response")
                .isNotEmpty()
                .allSatisfy(input -> assertThat(input.isEnabled()).isFalse());
        assertThat(browser.driver().getPageSource()).contains("Rouvrir la réponse");
    }

    @Test
    void invitedMeansAnInvitationWasSentAndTheImportAsksBeforeOverwriting() {
        browser.signIn("analyste", "demo-analyste-2012");
        browser.open("/campaigns/" + census);
        browser.shot("campaign-grid");
        var staff = accounts.find("analyste").orElseThrow();
        List<CollectivityInvitation> states = invitations.byCollectivity(census, staff);
        assertThat(states)
                .as("collectivités without an invitation nor an answer")
                .anyMatch(s -> s.invitation() == null && !s.answered());
        for (CollectivityInvitation state : states) {
            if (state.answered()) {
                continue;
            }
            String name = state.collectivity().name();
            List<WebElement> rows = browser.driver()
                    .findElements(By.xpath("//tbody/tr[th[a[normalize-space(text())=\"" + name + "\"]]]"));
            if (rows.isEmpty() || !rows.get(0).getText().contains("(pas de réponse)")) {
                continue; // on another page of the grid, or a draft
            }
            String status = rows.get(0).findElement(By.xpath("td[2]")).getText();
            assertThat(status)
                    .as("status of %s (invitation: %s)", name, state.invitation())
                    .isEqualTo(state.invitation() == null ? "non invitée, sans réponse" : "invitée, sans réponse");
        }
        WebElement overwrite = browser.driver().findElement(By.id("overwriteValidated"));
        assertThat(overwrite.isSelected())
                .as("overwriting validated answers is off by default")
                .isFalse();
        assertThat(browser.driver()
                        .findElement(By.cssSelector("label[for=overwriteValidated]"))
                        .getText())
                .contains("validées");
    }
}
