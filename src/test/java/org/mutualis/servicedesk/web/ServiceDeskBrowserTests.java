package org.mutualis.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mutualis.Browser;
import org.mutualis.MutualisBrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The demo's service centre in a real browser: a secretary opening a ticket is offered the
 * knowledge base's articles as she types its title and is told by when she will be helped; the
 * technician lands on the queue, never on the census, and the centre's report draws its charts.
 */
@MutualisBrowserTest
class ServiceDeskBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aSecretaryIsOfferedArticlesAsSheTypesAndIsToldByWhenSheWillBeHelped() {
        browser.signIn("botsorhel", "demo-botsorhel-2012");
        browser.open("/servicedesk/tickets/new");
        WebElement title = browser.driver().findElement(By.id("title"));
        title.sendKeys("imprimante bourrage");
        browser.waitUntil(
                d -> !d.findElements(By.cssSelector("#kb-suggestions a")).isEmpty());
        assertThat(browser.driver().findElement(By.id("kb-suggestions")).getText())
                .contains("Bourrage papier");
        browser.shot("suggestions");
        browser.assertAccessible("the ticket form with suggestions");

        browser.driver().findElement(By.id("description")).sendKeys("Le copieur du secrétariat bloque à chaque copie.");
        browser.driver()
                .findElement(By.cssSelector("main form button[type=submit]"))
                .click();
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/servicedesk/tickets/\\d+$"));
        String page = browser.driver().findElement(By.tagName("main")).getText();
        assertThat(page).contains("imprimante bourrage").containsPattern("dû le \\d{2}/\\d{2}/\\d{4}");
        browser.shot("ticket-opened");
        browser.assertAccessible("the ticket");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theTechnicianWorksTheQueueNotTheCensusAndTheReportDrawsItsCharts() {
        browser.signIn("technicien", "demo-technicien-2012");
        browser.open("/");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/servicedesk/queue"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("File des demandes");
        assertThat(browser.driver().findElements(By.cssSelector("main table tbody tr")))
                .as("the demo's open tickets")
                .isNotEmpty();
        assertThat(browser.driver().findElements(By.linkText("Recensements")))
                .as("no census in the navigation")
                .isEmpty();
        browser.shot("queue");
        browser.assertAccessible("the queue");

        browser.open("/servicedesk/dashboard?year=2015");
        browser.waitUntil(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return typeof Chart !== 'undefined'"
                        + " && !!Chart.getChart(document.getElementById('chart-months'))"
                        + " && !!Chart.getChart(document.getElementById('chart-compliance'));")));
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("Respect des délais par priorité")
                .contains("Botsorhel");
        browser.shot("report-2015");
        browser.assertAccessible("the report");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
