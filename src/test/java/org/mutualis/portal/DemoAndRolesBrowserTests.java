package org.mutualis.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mutualis.Browser;
import org.mutualis.DemoWorld;
import org.mutualis.MutualisBrowserTest;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.territory.Territories;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 10, point 10, in a real browser: the demo and the roles agree with the README. An
 * analyst is told that importing a territory is for administrators; the 2012 study is closed,
 * so a demo correspondent cannot change it; the official data's attribution links to the
 * official source, not to a file of the tests.
 */
@MutualisBrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoAndRolesBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Accounts accounts;

    DemoWorld demo;

    @BeforeAll
    void world() {
        demo = new DemoWorld(territories, campaigns, accounts);
    }

    @Test
    void anAnalystIsToldThatImportingATerritoryIsForAdministrators() {
        browser.signIn("analyste", "demo-analyste-2012");
        browser.open("/territories");
        browser.shot("territories-as-analyst");
        assertThat(browser.driver().findElement(By.id("import-heading")).getText())
                .contains("Importer");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("administrat");
        assertThat(browser.driver().findElements(By.cssSelector("main a[href*='/territories/import']")))
                .as("import links shown to an analyst")
                .isEmpty();
        browser.assertAccessible("the territories page (analyst)");
    }

    @Test
    void theStudyOf2012IsClosedSoADemoCorrespondentCannotChangeIt() {
        long study = demo.study2012().id();
        long botsorhel = demo.collectivity("29014").id();
        browser.signIn("botsorhel", "demo-botsorhel-2012");
        browser.open("/campaigns/" + study + "/responses/" + botsorhel);
        browser.shot("botsorhel-2012-response");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("clos");
        assertThat(browser.driver().findElements(By.cssSelector("form input[name^='a.'], form select[name^='a.']")))
                .as("answer fields of the closed 2012 study")
                .allSatisfy(input -> assertThat(input.isEnabled()).isFalse());
        assertThat(browser.driver().findElements(By.cssSelector("button[name=action]")).stream()
                        .filter(WebElement::isDisplayed)
                        .filter(WebElement::isEnabled)
                        .toList())
                .as("save or submit buttons on a closed campaign")
                .isEmpty();
    }

    @Test
    void theOfficialDataIsAttributedToItsOfficialSource() {
        browser.signIn("admin", "demo-admin-2012");
        browser.open("/territories");
        browser.shot("territories-as-admin");
        var links = browser.driver().findElements(By.cssSelector("main .attribution a"));
        assertThat(links)
                .extracting(a -> a.getAttribute("href"))
                .as("the attribution's links")
                .contains("https://www.insee.fr/fr/information/2560452")
                .anySatisfy(href -> assertThat(href).startsWith("https://www.collectivites-locales.gouv.fr/"))
                .allSatisfy(href -> assertThat(href)
                        .startsWith("https://")
                        .doesNotContain("src/test")
                        .doesNotContain("/blob/")
                        .doesNotContain("raw.githubusercontent"));
    }
}
