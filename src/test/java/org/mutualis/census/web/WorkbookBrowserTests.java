package org.mutualis.census.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mutualis.Browser;
import org.mutualis.MutualisBrowserTest;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.census.ImportedResponse;
import org.mutualis.census.ResponseView;
import org.mutualis.census.Workbooks;
import org.mutualis.census.files.WorkbookCover;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.shared.AnswerValue;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An analyst imports the workbook a secretary filled in for Plouégat-Guérand (29182), in a real
 * browser: the upload shows a preview with the list of changes (old → new) and the validated
 * response to overwrite; ticking the confirmation and « Confirmer l’import » writes it and lists
 * what was imported. axe-core finds nothing on the preview and the result, at 1280 and 390 px.
 */
@MutualisBrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbookBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String GUERAND = "29182";

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    Accounts accounts;

    CurrentUser analyst;
    CampaignSummary census;
    Path workbook;
    Map<String, AnswerValue> filled;

    @BeforeAll
    void aWorkbookFilledInForPlouegatGuerand() throws Exception {
        analyst = TestUsers.create(accounts, Role.ANALYST);
        census = campaigns.all().stream()
                .filter(c -> c.name().startsWith("Recensement 2026") && !c.closed())
                .findFirst()
                .orElseThrow();
        ResponseView answered = campaigns.responses(census.id(), analyst).stream()
                .filter(r -> r.counts() && !r.answers().isEmpty())
                .findFirst()
                .orElseThrow();
        ResponseView guerand = campaigns.responses(census.id(), analyst).stream()
                .filter(r -> r.collectivity().code().equals(GUERAND))
                .findFirst()
                .orElseThrow();
        // What the EPCI already had for Plouégat-Guérand, validated (another commune's answers).
        files.importFile(
                census.id(),
                "avant.xlsx",
                new ByteArrayInputStream(write(guerand, answered.answers())),
                true,
                true,
                analyst);
        // What the secretary sends back: two answers changed.
        filled = new LinkedHashMap<>(answered.answers());
        List<String> numbers = filled.keySet().stream()
                .filter(code -> filled.get(code) instanceof AnswerValue.Numeric)
                .limit(2)
                .toList();
        filled.put(numbers.get(0), AnswerValue.of(321));
        filled.put(numbers.get(1), AnswerValue.nc());
        workbook = Files.createTempFile("questionnaire-29182-", ".xlsx");
        Files.write(workbook, write(guerand, filled));
    }

    private byte[] write(ResponseView response, Map<String, AnswerValue> answers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.writeForPerson(
                out,
                AnswerFileFormat.XLSX,
                campaigns.themes(census.id()),
                new ImportedResponse(GUERAND, answers, null),
                new WorkbookCover(
                        GUERAND, response.collectivity().name(), census.name(), census.territoryName(), null));
        return out.toByteArray();
    }

    @Test
    void theAnalystPreviewsTheChangesConfirmsAndSeesWhatWasImported() {
        browser.signIn(analyst.username(), TestUsers.PASSWORD);
        browser.open("/campaigns/" + census.id());
        browser.driver()
                .findElement(By.id("file"))
                .sendKeys(workbook.toAbsolutePath().toString());
        browser.shot("campaign-file-chosen");
        browser.driver()
                .findElement(By.cssSelector("form[action$='/import'] button[type=submit]"))
                .click();
        browser.waitUntil(d -> d.getTitle().startsWith("Aperçu de l’import"));

        String preview = browser.driver().findElement(By.tagName("main")).getText();
        assertThat(preview)
                .contains("Rien n’est encore enregistré")
                .contains("Plouégat-Guérand")
                .contains("Réponse modifiée")
                .contains("2 changement(s)")
                .contains("→ 321")
                .contains("→ NC")
                .contains("Réponse déjà validée");
        assertThat(campaigns.response(census.id(), guerandId(), analyst).answers())
                .as("nothing written before the confirmation")
                .isNotEqualTo(filled);
        browser.shot("preview");
        browser.assertAccessible("import preview (1280 px)");
        phone(() -> {
            browser.shot("preview-390");
            browser.assertAccessible("import preview (390 px)");
            assertThat(pageWidth()).as("preview width at 390 px").isLessThanOrEqualTo(390);
        });

        browser.driver().findElement(By.id("overwriteValidated")).click();
        browser.driver()
                .findElement(By.cssSelector("form.import-confirm button[type=submit]"))
                .click();
        browser.waitUntil(d -> d.findElements(By.id("report-caption")).size() == 1);

        String result = browser.driver().findElement(By.tagName("main")).getText();
        assertThat(result)
                .contains("Ce qui a été importé")
                .contains("Plouégat-Guérand (29182)")
                .contains("réponse validée écrasée (2 changement(s))")
                .doesNotContain("réponses importées.");
        assertThat(campaigns.response(census.id(), guerandId(), analyst).answers())
                .isEqualTo(filled);
        browser.shot("result");
        browser.assertAccessible("import result (1280 px)");
        phone(() -> {
            browser.shot("result-390");
            browser.assertAccessible("import result (390 px)");
            assertThat(pageWidth()).as("result width at 390 px").isLessThanOrEqualTo(390);
        });
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private long guerandId() {
        return campaigns.responses(census.id(), analyst).stream()
                .filter(r -> r.collectivity().code().equals(GUERAND))
                .findFirst()
                .orElseThrow()
                .collectivity()
                .id();
    }

    private long pageWidth() {
        return ((Number) browser.script("return document.documentElement.scrollWidth;")).longValue();
    }

    private void phone(Runnable check) {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            check.run();
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
