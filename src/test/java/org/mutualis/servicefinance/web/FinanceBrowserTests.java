package org.mutualis.servicefinance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mutualis.Browser;
import org.mutualis.MutualisBrowserTest;
import org.mutualis.identity.Accounts;
import org.mutualis.servicefinance.ConventionView;
import org.mutualis.servicefinance.Conventions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The catalogue and the conventions of the demo in a real browser: the administrator adds a service
 * and retires it after the confirmation, records a convention as a secretary fills the form — a
 * forgotten forecast first, refused on its field, then corrected — and finds it in the list and
 * by the search; Botsorhel's correspondent sees Botsorhel's convention only. axe-core checks each
 * page.
 */
@MutualisBrowserTest
class FinanceBrowserTests {

    static final String NEW_SERVICE = "Télésauvegarde des écoles (essai)";
    static final String ASSISTANCE = "Assistance de premier niveau et hotline";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Conventions conventions;

    @Autowired
    Accounts accounts;

    @Test
    void theAdministratorAddsAndRetiresAServiceThenRecordsAConventionAfterAForgottenForecast() {
        browser.signIn("admin", "demo-admin-2012");
        browser.open("/servicefinance");
        assertThat(text(By.tagName("main")))
                .contains("Étape 3, choix 1", "Étape 4, choix 2", "Chiffres fictifs", "D5211-16");
        browser.shot("form-of-the-service");
        browser.assertAccessible("the form of the service");

        click(By.cssSelector("nav.subnav a[href*='/servicefinance/services']"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/servicefinance/services"));
        assertThat(text(By.tagName("h1"))).isEqualTo("Catalogue de services");
        assertThat(text(By.tagName("main"))).contains(ASSISTANCE, "Formation des utilisateurs relais");
        browser.shot("catalogue");
        browser.assertAccessible("the catalogue");

        click(By.linkText("Ajouter un service"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/servicefinance/services/new"));
        browser.shot("service-form");
        browser.assertAccessible("the service form");
        find(By.id("label")).sendKeys(NEW_SERVICE);
        find(By.id("description")).sendKeys("Sauvegarde à distance des postes des écoles, à l’essai.");
        new Select(find(By.id("unit"))).selectByVisibleText("Go stocké");
        submit();
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/servicefinance/services\\?territory=\\d+$"));
        assertThat(text(By.cssSelector("main .notice.ok"))).isEqualTo("Service ajouté au catalogue.");
        assertThat(serviceRow(NEW_SERVICE).getText()).contains("Go stocké");
        browser.shot("service-added");
        browser.assertAccessible("the catalogue with the new service");

        click(By.cssSelector("a[aria-label='Retirer le service " + NEW_SERVICE + "']"));
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/retire"));
        assertThat(text(By.tagName("main"))).contains("Retirer « " + NEW_SERVICE + " » du catalogue ?");
        browser.shot("retire-confirmation");
        browser.assertAccessible("the retirement's confirmation");
        click(By.cssSelector("main form button.danger"));
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/servicefinance/services\\?territory=\\d+$"));
        assertThat(text(By.cssSelector("main .notice.ok"))).isEqualTo("Service retiré du catalogue.");
        assertThat(serviceRow(NEW_SERVICE).getText()).contains("retiré", "Proposer de nouveau");
        browser.shot("service-retired");
        browser.assertAccessible("the catalogue with the retired service");

        browser.open("/servicefinance/conventions");
        click(By.linkText("Enregistrer une convention"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/servicefinance/conventions/new"));
        assertThat(browser.driver().findElements(By.xpath("//label[normalize-space()='" + NEW_SERVICE + "']")))
                .as("a retired service is not offered")
                .isEmpty();
        new Select(find(By.id("collectivityId"))).selectByVisibleText("Locquirec (29133)");
        new Select(find(By.id("kind"))).selectByVisibleText("Abonnement");
        typeDate(find(By.id("signedOn")), LocalDate.of(2026, 2, 2));
        find(By.id("deliberationRef")).sendKeys("Délibération n° 2026-012 du conseil municipal");
        typeDate(find(By.id("deliberationOn")), LocalDate.of(2026, 1, 22));
        find(By.id("durationYears")).sendKeys("3");
        new Select(find(By.id("costMethod"))).selectByVisibleText("Abonnement forfaitaire");
        WebElement assistance = find(By.xpath("//label[normalize-space()='" + ASSISTANCE + "']"));
        String line = assistance.getDomAttribute("for").substring("sub-".length());
        assistance.click();
        assertThat(find(By.id("sub-" + line)).isSelected()).isTrue();
        browser.script("arguments[0].scrollIntoView({block: 'center'});", assistance);
        browser.shot("convention-form");
        browser.assertAccessible("the convention form");
        assertThat(browser.consoleErrors()).isEmpty();
        submit();

        browser.waitUntil(
                d -> !d.findElements(By.id("forecast-" + line + "-error")).isEmpty());
        WebElement forecast = find(By.id("forecast-" + line));
        WebElement error = find(By.id("forecast-" + line + "-error"));
        assertThat(browser.script("return document.activeElement.id;"))
                .as("the keyboard starts on the field in error")
                .isEqualTo("forecast-" + line);
        assertThat(error.getText())
                .isEqualTo(
                        "Prévision d’usage de « " + ASSISTANCE + " » : obligatoire, en unités « demande (ticket) ». Une"
                                + " convention sans prévision n’est pas possible.");
        assertThat(forecast.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(forecast.getDomAttribute("aria-describedby")).contains("forecast-" + line + "-error");
        assertThat(browser.driver()
                        .findElements(By.xpath(
                                "//td[.//*[@id='forecast-" + line + "'] and .//*[@id='forecast-" + line + "-error']]")))
                .as("the message next to its field, in the service's line")
                .hasSize(1);
        assertThat(text(By.cssSelector("main [role=alert]"))).contains("Rien n’a été enregistré", ASSISTANCE);
        assertThat(find(By.id("sub-" + line)).isSelected())
                .as("the ticked service stays ticked")
                .isTrue();
        assertThat(new Select(find(By.id("collectivityId")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Locquirec (29133)");
        assertThat(find(By.id("signedOn")).getDomProperty("value")).isEqualTo("2026-02-02");
        assertThat(browser.consoleErrors())
                .as("the browser logs the 422 the refused form was answered, nothing else")
                .singleElement()
                .asString()
                .contains("422");
        browser.shot("convention-forecast-missing");
        browser.script("arguments[0].scrollIntoView({block: 'center'});", forecast);
        browser.shot("convention-forecast-missing-field");
        browser.assertAccessible("the convention form refused");

        forecast.sendKeys("14");
        submit();
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/servicefinance/conventions/\\d+$"));
        assertThat(text(By.tagName("h1"))).isEqualTo("Convention de Locquirec");
        assertThat(text(By.tagName("main")))
                .contains("Convention enregistrée.", "Abonnement", "02/02/2029", "3 ans", ASSISTANCE, "14");
        browser.script("window.scrollTo(0, document.body.scrollHeight);");
        browser.shot("convention-recorded");
        browser.assertAccessible("the convention");

        click(By.cssSelector("nav.subnav a[href*='/servicefinance/conventions']"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/servicefinance/conventions?"));
        assertThat(text(By.cssSelector("main p[role=status]"))).isEqualTo("9 conventions");
        assertThat(rowNames())
                .contains(
                        "Locquirec",
                        "Morlaix",
                        "Saint-Martin-des-Champs",
                        "Plourin-lès-Morlaix",
                        "Carantec",
                        "Plougonven",
                        "Taulé",
                        "Botsorhel",
                        "Guerlesquin")
                .hasSize(9);
        browser.shot("conventions");
        browser.assertAccessible("the conventions");

        find(By.id("convention-query")).sendKeys("locq");
        click(By.cssSelector("form[role=search] button[type=submit]"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("q=locq"));
        assertThat(rowNames()).containsExactly("Locquirec");
        assertThat(text(By.cssSelector("main p[role=status]"))).isEqualTo("Une convention");
        browser.shot("conventions-searched");
        browser.assertAccessible("the conventions searched");

        find(By.id("convention-query")).clear();
        find(By.id("convention-query")).sendKeys("29014");
        click(By.cssSelector("form[role=search] button[type=submit]"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("q=29014"));
        assertThat(rowNames()).containsExactly("Botsorhel");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void botsorhelsCorrespondentSeesBotsorhelsConventionOnly() {
        long morlaix =
                conventions.page(null, "Morlaix", 1, accounts.find("admin").orElseThrow()).page().items().stream()
                        .filter(c -> c.collectivityName().equals("Morlaix"))
                        .map(ConventionView::id)
                        .findFirst()
                        .orElseThrow();

        browser.signIn("botsorhel", "demo-botsorhel-2012");
        browser.open("/servicefinance/conventions");
        assertThat(rowNames()).containsExactly("Botsorhel");
        assertThat(browser.driver().findElements(By.linkText("Enregistrer une convention")))
                .isEmpty();
        browser.shot("botsorhel-conventions");
        browser.assertAccessible("the correspondent's conventions");

        click(By.linkText("Botsorhel"));
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/servicefinance/conventions/\\d+$"));
        assertThat(text(By.tagName("h1"))).isEqualTo("Convention de Botsorhel");
        assertThat(text(By.tagName("main")))
                .contains("Abonnement", "19/01/2015", "19/01/2018", ASSISTANCE, "fictive")
                .doesNotContain("Supprimer");
        browser.script("window.scrollTo(0, document.body.scrollHeight);");
        browser.shot("botsorhel-convention");
        browser.assertAccessible("the correspondent's convention");

        assertThat(browser.consoleErrors()).isEmpty();
        browser.open("/servicefinance/conventions/" + morlaix);
        assertThat(text(By.tagName("main"))).contains("n’existe pas").doesNotContain("Convention de Morlaix");
        assertThat(browser.consoleErrors())
                .as("the browser logs the 404 it was answered, nothing else")
                .singleElement()
                .asString()
                .contains("/servicefinance/conventions/" + morlaix, "404");
        browser.shot("morlaix-convention-hidden");

        browser.open("/servicefinance/services");
        assertThat(text(By.tagName("main"))).contains(ASSISTANCE).doesNotContain("Ajouter un service");
        browser.shot("botsorhel-catalogue");
        browser.assertAccessible("the correspondent's catalogue");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static WebElement find(By by) {
        return browser.driver().findElement(by);
    }

    private static String text(By by) {
        return find(by).getText();
    }

    private static void click(By by) {
        find(by).click();
    }

    private static void submit() {
        click(By.cssSelector("main form[method=post] button[type=submit]"));
    }

    /** The catalogue's row of a service. */
    private static WebElement serviceRow(String label) {
        return find(By.xpath("//main//tbody/tr[th/span[normalize-space()='" + label + "']]"));
    }

    /** The collectivités of the conventions listed. */
    private static List<String> rowNames() {
        return browser.driver().findElements(By.cssSelector("main table tbody tr th")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /**
     * Picks a date in the date field. Chromium draws the field in the order of its own locale,
     * which headless chromium does not take from {@code --lang} (it shows mm/dd/yyyy), so keys
     * typed for a French field would land in the wrong parts: the day is set as the picker sets
     * it, with the events a person's choice sends.
     */
    private static void typeDate(WebElement field, LocalDate day) {
        browser.script(
                "arguments[0].value = arguments[1];"
                        + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                field,
                day.toString());
        assertThat(field.getDomProperty("value")).as("the date picked").isEqualTo(day.toString());
    }
}
