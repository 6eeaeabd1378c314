package org.mutualis.programme.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mutualis.Browser;
import org.mutualis.MutualisBrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The demo's programme in a real browser: the staff's overview and an action whose statuses come
 * from the work, the Gantt chart drawn, a dependency loop refused on the form with its tasks named,
 * the elected official's page, a correspondent who reads without a single edit link.
 */
@MutualisBrowserTest
class ProgrammeBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theStaffSeeTheStudysProgrammeWithStatusesTakenFromTheWorkAndItsGanttChart() {
        browser.signIn("analyste", "demo-analyste-2012");
        browser.open("/programmes");
        browser.shot("list");
        browser.driver().findElement(By.cssSelector("main table tbody a")).click();
        browser.waitUntil(
                d -> d.findElements(By.cssSelector("main section.stage")).size() == 4);
        browser.shot("programme");
        browser.assertAccessible("the programme");

        browser.driver()
                .findElement(By.linkText("Marché groupé pour l’achat de matériel informatique"))
                .click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/actions/"));
        String page = browser.driver().findElement(By.tagName("main")).getText();
        assertThat(page)
                .contains("Le recensement « Infrastructure & Réseaux 2012 » est clos.")
                .contains("Attribution saisie pour « Matériel informatique 2012");
        browser.shot("hardware-action");
        browser.assertAccessible("an action");

        browser.open(browser.driver()
                .getCurrentUrl()
                .replaceAll("/actions/.*", "/gantt")
                .replace(browser.url(""), ""));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("svg g.gantt-task"));
        assertThat(rows).as("task rows drawn").hasSizeGreaterThan(100);
        // drawn at its own size, scrolling sideways: not shrunk to the page and centred in a tall box
        assertThat(((Number) browser.script(
                                "return document.querySelector('.gantt-scroll svg').getBoundingClientRect().width;"))
                        .doubleValue())
                .isGreaterThan(1400);
        assertThat(((Number) browser.script("var s = document.querySelector('.gantt-scroll svg');"
                                + " return s.getBoundingClientRect().height / s.getBoundingClientRect().width;"))
                        .doubleValue())
                .as("the chart keeps its proportions")
                .isCloseTo(4504.0 / 4000.0, org.assertj.core.data.Offset.offset(0.5));
        assertThat(browser.driver().findElements(By.cssSelector("#gantt-table tbody tr, table tbody tr")))
                .as("the same rows in the table")
                .hasSizeGreaterThan(rows.size());
        browser.shot("gantt");
        browser.assertAccessible("the Gantt chart");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aDependencyLoopIsRefusedOnTheFormNamingItsTasksAndNothingChanges() {
        browser.signIn("analyste", "demo-analyste-2012");
        browser.open("/programmes");
        browser.driver().findElement(By.cssSelector("main table tbody a")).click();
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/programmes/\\d+$"));
        browser.driver()
                .findElement(By.linkText("Groupes de travail pour développer le centre de services"))
                .click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/actions/"));
        // the first task of the action, made to start after the last one: a loop through all of them
        browser.driver().findElements(By.linkText("Modifier")).get(0).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/edit"));
        Select predecessors = new Select(browser.driver().findElement(By.id("predecessors")));
        predecessors.getOptions().stream()
                .filter(o -> o.getText().startsWith("Questionnaire périodique sur les attentes"))
                .reduce((a, b) -> b)
                .orElseThrow()
                .click();
        browser.driver()
                .findElement(By.cssSelector("#plan-title + form button[type=submit]"))
                .click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("[role=alert]")).isEmpty());
        String alert =
                browser.driver().findElement(By.cssSelector("[role=alert]")).getText();
        assertThat(alert).contains("boucle").contains("« Entretiens de cadrage »");
        browser.shot("loop-refused");
        browser.assertAccessible("the refused task form");
    }

    @Test
    void theElectedOfficialReadsWhereTheProgrammeStandsAndTheSavings() {
        browser.signIn("elu", "demo-elu-2012");
        browser.open("/programmes");
        browser.driver().findElement(By.cssSelector("main table tbody a")).click();
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/programmes/\\d+$"));
        assertThat(browser.driver().findElements(By.linkText("Modifier le programme")))
                .isEmpty();
        browser.driver().findElement(By.linkText("Synthèse pour les élus")).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/summary"));
        String page = browser.driver().findElement(By.tagName("main")).getText();
        assertThat(page).contains("Matériel informatique 2012").contains("Tâches en retard");
        browser.shot("summary");
        browser.assertAccessible("the elected official's page");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aCorrespondentReadsTheProgrammeWithoutAnyEditLink() {
        browser.signIn("botsorhel", "demo-botsorhel-2012");
        browser.open("/programmes");
        browser.driver().findElement(By.cssSelector("main table tbody a")).click();
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/programmes/\\d+$"));
        assertThat(browser.driver().findElements(By.cssSelector("main a[href*='/edit'], main a[href*='/delete']")))
                .isEmpty();
        browser.shot("correspondent-programme");
        browser.assertAccessible("the programme as a correspondent");
    }
}
