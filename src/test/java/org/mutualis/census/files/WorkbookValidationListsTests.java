package org.mutualis.census.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.census.files.WorkbookFixtures.INFRA;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.AnswersImport;
import org.mutualis.census.ImportedResponse;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.Aggregation;
import org.mutualis.shared.AnswerValue;

class WorkbookValidationListsTests {

    private static final Questionnaire TELECOM = WorkbookFixtures.telecom();
    private static final List<Questionnaire> THEMES = List.of(INFRA, TELECOM);

    /** maintenance_contract: column Q, after code, name and the 14 questions before it. */
    private static final int MAINTENANCE = 16;

    @Test
    void xlsxChoiceColumnsHaveDropDownListsAndTheMetadataIsHidden() throws Exception {
        byte[] xlsx = WorkbookFixtures.write(AnswerFileFormat.XLSX, THEMES, WorkbookFixtures.infrastructure2012());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet infrastructure = workbook.getSheet("infrastructure");
            assertThat(infrastructure.getRow(0).getCell(MAINTENANCE).getStringCellValue())
                    .isEqualTo("maintenance_contract");
            assertThat(infrastructure.getDataValidations()).singleElement().satisfies(v -> {
                assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
                assertThat(v.getValidationConstraint().getExplicitListValues())
                        .containsExactly("yes", "no", "partial", "NC");
                var region = v.getRegions().getCellRangeAddress(0);
                assertThat(region.getFirstColumn()).isEqualTo(MAINTENANCE);
                assertThat(region.getLastColumn()).isEqualTo(MAINTENANCE);
                assertThat(region.getFirstRow()).isEqualTo(1);
                assertThat(region.getLastRow()).isGreaterThanOrEqualTo(8);
                assertThat(v.getShowErrorBox()).isTrue();
                assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            });
            long listed = TELECOM.questions().stream()
                    .map(q -> TELECOM.indicatorOf(q).aggregation())
                    .filter(a -> a == Aggregation.CHOICE || a == Aggregation.YES_NO)
                    .count();
            assertThat(workbook.getSheet("telecom").getDataValidations()).hasSize((int) listed);
            assertThat(workbook.getSheetName(0)).isEqualTo("infrastructure");
            assertThat(workbook.getSheetName(1)).isEqualTo("telecom");
            assertThat(workbook.getSheet("questions").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("feuille");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("_mutualis")))
                    .isTrue();
            assertThat(workbook.getSheet("_mutualis").getRow(1).getCell(2).getStringCellValue())
                    .isEqualTo("1");
        }
    }

    @Test
    void odsChoiceColumnsHaveContentValidationsAndTheMetadataIsHidden() {
        String content = WorkbookFixtures.odsContent(
                WorkbookFixtures.write(AnswerFileFormat.ODS, THEMES, WorkbookFixtures.infrastructure2012()));

        assertThat(content)
                .contains("xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\"")
                .contains("<table:content-validations><table:content-validation table:name=\"liste1_Q\""
                        + " table:condition=\"of:cell-content-is-in-list(&quot;yes&quot;;&quot;no&quot;;"
                        + "&quot;partial&quot;;&quot;NC&quot;)\" table:allow-empty-cell=\"true\""
                        + " table:display-list=\"unsorted\">")
                .contains("<table:error-message table:title=\"maintenance_contract\" table:display=\"true\""
                        + " table:message-type=\"stop\"><text:p>Réponses acceptées : yes, no, partial, NC.</text:p>")
                .contains("table:content-validation-name=\"liste1_Q\"")
                .contains("<table:table table:name=\"_mutualis\" table:style-name=\"ta_hidden\">")
                .contains("<style:table-properties table:display=\"false\"/>");
        // Every data row of the column carries it: the 8 respondents and the rows below them.
        assertThat(content.split("content-validation-name=\"liste1_Q\"", -1)).hasSize(8 + 1 + 1);
    }

    @Test
    void longListsGoToAHiddenSheetAndStillReadBack() throws Exception {
        List<String> publishers = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> "Éditeur de progiciels n° " + i)
                .toList();
        Questionnaire software = WorkbookFixtures.theme(
                "software",
                1,
                List.of(
                        WorkbookFixtures.indicator("sw_finance_publisher", Aggregation.CHOICE, publishers),
                        WorkbookFixtures.indicator("sw_saas", Aggregation.YES_NO, List.of())));
        List<Questionnaire> themes = new ArrayList<>(List.of(INFRA, software));
        var rows = List.of(new ImportedResponse(
                MORLAIX,
                Map.of(
                        "sw_finance_publisher", new AnswerValue.Text("Éditeur de progiciels n° 33"),
                        "sw_saas", new AnswerValue.Text("non")),
                null));

        for (AnswerFileFormat format : List.of(AnswerFileFormat.XLSX, AnswerFileFormat.ODS)) {
            byte[] bytes = WorkbookFixtures.write(format, themes, rows);
            AnswersImport read = WorkbookFixtures.read(format, bytes, themes);
            assertThat(read.problems()).isEmpty();
            assertThat(read.responses()).isEqualTo(rows);
            if (format == AnswerFileFormat.XLSX) {
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                    var validations = workbook.getSheet("software").getDataValidations();
                    assertThat(validations)
                            .extracting(v -> v.getValidationConstraint().getFormula1())
                            .contains("'_listes'!$A$1:$A$41");
                    assertThat(workbook.isSheetHidden(workbook.getSheetIndex("_listes")))
                            .isTrue();
                    assertThat(workbook.getSheetName(workbook.getNumberOfSheets() - 1))
                            .isEqualTo("_listes");
                }
            }
        }
    }
}
