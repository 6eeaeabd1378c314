package org.mutualis.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mutualis.Browser;
import org.mutualis.MutualisBrowserTest;
import org.mutualis.StudyCodes;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.procurement.ProcurementView;
import org.mutualis.procurement.Procurements;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's hardware assessment, published at start: a member's correspondent reaches its saving
 * from its home page; a correspondent of a commune that did not join sees what joining would have
 * saved it, and no other commune. Screenshots in {@code target/browser-screenshots/}.
 */
@MutualisBrowserTest
class AssessmentPublicationBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Territories territories;

    @Autowired
    Procurements procurements;

    @Autowired
    Accounts accounts;

    @Test
    void aMemberFollowsItsHomeToItsSavingAndANonMemberSeesWhatJoiningWouldHaveSaved() {
        browser.signIn("morlaix", "demo-morlaix-2012");
        browser.open("/");
        browser.shot("morlaix-home");
        browser.driver()
                .findElement(By.cssSelector("section[aria-labelledby=published-h] a"))
                .click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/assessment/published"));
        String member = browser.driver().findElement(By.tagName("main")).getText();
        assertThat(member).contains("Morlaix est membre de ce marché").contains("Économie obtenue");
        browser.shot("morlaix-published");
        browser.assertAccessible("published assessment, member");

        TerritorySummary demo = territories.all().stream()
                .filter(t -> t.epciSiren().equals(StudyCodes.EPCI_SIREN) && t.referenceYear() == 2012)
                .findFirst()
                .orElseThrow();
        ProcurementView hardware = procurements.ofTerritory(demo.id()).stream()
                .filter(p -> p.subject().startsWith("Matériel informatique 2012"))
                .findFirst()
                .orElseThrow();
        CollectivityView plougonven = territories.collectivities(demo.id()).stream()
                .filter(c -> c.code().equals(StudyCodes.PLOUGONVEN))
                .findFirst()
                .orElseThrow();
        assertThat(hardware.hasMember(plougonven.id())).isFalse();
        CurrentUser outsider = TestUsers.create(accounts, Role.CORRESPONDENT, plougonven.id());

        browser.signIn(outsider.username(), TestUsers.PASSWORD);
        browser.open("/");
        browser.driver()
                .findElement(By.cssSelector("section[aria-labelledby=published-h] a"))
                .click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/assessment/published"));
        String other = browser.driver().findElement(By.tagName("main")).getText();
        assertThat(other)
                .contains("Plougonven n’a pas adhéré à ce marché")
                .contains("Économie que l’adhésion aurait donnée")
                .doesNotContain("Botsorhel")
                .doesNotContain("Guerlesquin");
        browser.shot("plougonven-published");
        browser.assertAccessible("published assessment, non-member");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
