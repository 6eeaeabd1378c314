package org.mutualis.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mutualis.Browser;
import org.mutualis.MutualisBrowserTest;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Invitations at scale in a real browser, as the analyst: three communes invited in one action
 * (search, tick, addresses, confirmation), a personal link generated and copied, the demo's mail
 * catcher showing the messages; axe-core on every page, at 1280 and 390 px. It invites only
 * Sainte-Sève, Garlan and Guimaëc (collectivités set aside for this test) to the 2026 campaign.
 */
@MutualisBrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationsBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final List<String> CODES = List.of("29265", "29059", "29073");

    @Autowired
    Campaigns campaigns;

    @Autowired
    Territories territories;

    long campaign;
    List<CollectivityView> three;
    String suffix = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    void the2026Campaign() {
        CampaignSummary open = campaigns.all().stream()
                .filter(c -> c.name().startsWith("Recensement 2026"))
                .findFirst()
                .orElseThrow();
        campaign = open.id();
        three = CODES.stream()
                .map(code -> territories.collectivities(open.territoryId()).stream()
                        .filter(c -> c.code().equals(code))
                        .findFirst()
                        .orElseThrow())
                .toList();
    }

    @Test
    void theAnalystInvitesThreeCommunesInOneActionCopiesALinkAndReadsTheMessages() {
        browser.signIn("analyste", "demo-analyste-2012");
        browser.open("/campaigns/" + campaign + "/invitations");
        assertThat(browser.driver().getTitle()).startsWith("Invitations");
        browser.shot("invitations");
        accessibleAtBothWidths("invitations");

        // The search narrows the table; each commune is found by name, ticked, given an address.
        WebElement search = browser.driver().findElement(By.id("invite-search"));
        for (CollectivityView c : three) {
            search.clear();
            search.sendKeys(c.name());
            browser.waitUntil(d -> d.findElement(By.id("select-" + c.id())).isDisplayed());
            assertThat(visibleRows()).as("rows shown for « %s »", c.name()).isLessThan(5);
            browser.driver().findElement(By.id("select-" + c.id())).click();
            WebElement email = browser.driver().findElement(By.id("email_" + c.id()));
            email.clear();
            email.sendKeys(address(c));
        }
        search.clear();
        search.sendKeys(" ");
        search.clear();
        browser.script("document.getElementById('invite-search').dispatchEvent(new Event('input'));");
        browser.shot("three-ticked");
        browser.driver().findElement(By.id("invite-selection")).click();

        // The confirmation step names the three, and only them.
        browser.waitUntil(d -> d.getTitle().startsWith("Envoyer les invitations"));
        String confirm = browser.driver().findElement(By.tagName("main")).getText();
        for (CollectivityView c : three) {
            assertThat(confirm).contains(c.name() + " — " + address(c));
        }
        browser.shot("confirm");
        accessibleAtBothWidths("confirmation");
        browser.driver().findElement(By.id("confirm-invitations")).click();

        browser.waitUntil(d -> d.getTitle().startsWith("Invitations"));
        assertThat(browser.driver().findElement(By.id("invite-outcomes")).getText())
                .contains("3 invitation(s) envoyée(s) sur 3");
        for (CollectivityView c : three) {
            WebElement row =
                    browser.driver().findElement(By.id("select-" + c.id())).findElement(By.xpath("ancestor::tr"));
            assertThat(row.getText()).contains("invitée le").contains(address(c));
        }
        browser.shot("invited");

        // A personal link for Garlan, to give by telephone: generated, shown once, copied.
        CollectivityView garlan = three.get(1);
        browser.driver()
                .findElement(By.cssSelector("button[formaction$='/invitations/" + garlan.id() + "/link']"))
                .click();
        browser.waitUntil(d -> !d.findElements(By.id("fresh-link-url")).isEmpty());
        String link = browser.driver().findElement(By.id("fresh-link-url")).getDomProperty("value");
        assertThat(link).contains("/invitation/");
        browser.driver().findElement(By.cssSelector("button.copy-link")).click();
        WebElement status = browser.driver().findElement(By.cssSelector(".fresh-link .copy-status"));
        browser.waitUntil(d -> !status.getText().isBlank());
        assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(status.getText())
                .isIn(
                        "Lien copié dans le presse-papiers.",
                        "La copie n’a pas pu se faire : sélectionnez le lien et copiez-le au clavier (Ctrl+C).");
        Object clipboard = browser.script("return window.getSelection().toString();");
        assertThat(String.valueOf(clipboard))
                .as("the link is selected, ready to copy")
                .isEqualTo(link);
        browser.shot("link-copied");
        accessibleAtBothWidths("fresh link");

        // The demo keeps the messages: the three invitations, with their links.
        browser.open("/admin/mails");
        assertThat(browser.driver().getTitle()).startsWith("Courriels envoyés (démo)");
        String mails = browser.driver().findElement(By.tagName("main")).getText();
        for (CollectivityView c : three) {
            assertThat(mails).contains("À " + address(c)).contains("« " + c.name() + " »");
        }
        assertThat(browser.driver().findElements(By.cssSelector(".mail-links a[href*='/invitation/']")))
                .hasSizeGreaterThanOrEqualTo(3);
        browser.shot("mail-catcher");
        accessibleAtBothWidths("mail catcher");

        browser.open("/campaigns/" + campaign + "/mail-templates");
        browser.shot("mail-templates");
        accessibleAtBothWidths("e-mail texts");
        assertThat(browser.consoleErrors()).as("console errors").isEmpty();
    }

    private long visibleRows() {
        return ((Number)
                        browser.script(
                                "return Array.from(document.querySelectorAll('#invite-table tbody tr')).filter(function (r) { return !r.hidden; }).length;"))
                .longValue();
    }

    private void accessibleAtBothWidths(String page) {
        browser.assertAccessible(page + " at 1280 px");
        try {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.shot(page.replace(' ', '-') + "-390");
            browser.assertAccessible(page + " at 390 px");
            Object overflow = browser.script("return document.documentElement.scrollWidth;");
            if (((Number) overflow).longValue() > 400) {
                System.out.println("WIDE: "
                        + browser.script("return Array.from(document.querySelectorAll('body *'))"
                                + ".filter(function (e) { return e.getBoundingClientRect().right > 392 && !e.closest('.table-scroll'); })"
                                + ".slice(0, 8).map(function (e) { return e.tagName + '.' + e.className + '#' + e.id + ' '"
                                + " + Math.round(e.getBoundingClientRect().right); }).join(' | ');"));
            }
            assertThat(((Number) overflow).longValue())
                    .as("page width of %s at 390 px", page)
                    .isLessThanOrEqualTo(400);
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private String address(CollectivityView c) {
        return "mairie-" + c.code() + "-" + suffix + "@example.fr";
    }
}
