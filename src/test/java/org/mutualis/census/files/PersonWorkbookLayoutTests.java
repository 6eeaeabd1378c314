package org.mutualis.census.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.census.files.PersonWorkbookPropertyTests.COVER;
import static org.mutualis.census.files.PersonWorkbookPropertyTests.THEMES;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.AnswersImport;
import org.mutualis.census.ImportProblem;
import org.mutualis.census.ImportedResponse;
import org.mutualis.census.Workbooks;
import org.mutualis.shared.AnswerValue;

/**
 * What a secretary sees in the workbook of her commune, and what the import makes of what she
 * types: French headers and drop-downs, the codes hidden, « oui », « yes » and the French labels
 * all read, and a mistake reported at its sheet, row and column.
 */
class PersonWorkbookLayoutTests {

    @Test
    void theXlsxHasACoverFrenchHeadersFrenchDropDownsAndHiddenCodes() throws Exception {
        byte[] xlsx = PersonWorkbookPropertyTests.write(AnswerFileFormat.XLSX, null);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet cover = workbook.getSheetAt(0);
            assertThat(cover.getSheetName()).isEqualTo("Accueil");
            assertThat(cover.getRow(0).getCell(2).getStringCellValue()).isEqualTo(PersonWorkbook.MARKER);
            assertThat(cover.isColumnHidden(2)).isTrue();
            assertThat(text(cover))
                    .contains("Plouégat-Guérand", "29182", "Recensement 2026", "30/06/2026")
                    .contains("Morlaix Communauté");
            XSSFSheet infrastructure = workbook.getSheetAt(1);
            assertThat(infrastructure.getSheetName()).isEqualTo(THEMES.get(0).titleFr());
            Row header = infrastructure.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Question");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Réponse");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Unité");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Aide");
            assertThat(infrastructure.isColumnHidden(4)).isTrue();
            int maintenance = rowOf(infrastructure, "maintenance_contract");
            assertThat(infrastructure.getDataValidations())
                    .anySatisfy(v -> {
                        var region = v.getRegions().getCellRangeAddress(0);
                        assertThat(region.getFirstRow()).isEqualTo(maintenance);
                        assertThat(region.getLastRow()).isEqualTo(maintenance);
                        assertThat(region.getFirstColumn()).isEqualTo(1);
                        assertThat(v.getValidationConstraint().getExplicitListValues())
                                .containsExactly("Oui", "Non", "Partiel", "NC");
                    })
                    .allSatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                            .doesNotContain("yes", "no", "daily", "local", "saas"));
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("_mutualis")))
                    .isTrue();
        }
    }

    @Test
    void theOdsHasFrenchListsOnTheAnswerCellsAndTheCodeColumnCollapsed() {
        String content = WorkbookFixtures.odsContent(PersonWorkbookPropertyTests.write(AnswerFileFormat.ODS, null));
        assertThat(content)
                .contains("table:visibility=\"collapse\"")
                .contains(
                        "of:cell-content-is-in-list(&quot;Oui&quot;;&quot;Non&quot;;&quot;Partiel&quot;;&quot;NC&quot;)")
                .contains("Quotidienne")
                .contains("<text:p>Réponse</text:p>")
                .contains(PersonWorkbook.MARKER);
    }

    @Test
    void ouiYesAndTheFrenchLabelsAreReadAsTheStoredCodes() throws Exception {
        byte[] xlsx = PersonWorkbookPropertyTests.write(AnswerFileFormat.XLSX, fullInfrastructure());
        byte[] typed = edit(xlsx, Map.of("maintenance_contract", "partiel", "backup_frequency", "hebdomadaire"));

        AnswersImport read = PersonWorkbookPropertyTests.read(AnswerFileFormat.XLSX, typed);

        assertThat(read.problems()).isEmpty();
        assertThat(read.responses().get(0).answers())
                .containsEntry("maintenance_contract", new AnswerValue.Text("partial"))
                .containsEntry("backup_frequency", new AnswerValue.Text("weekly"));
    }

    @Test
    void aMistakeIsReportedAtItsSheetRowAndColumnAndNothingIsTaken() throws Exception {
        byte[] xlsx = PersonWorkbookPropertyTests.write(AnswerFileFormat.XLSX, fullInfrastructure());
        byte[] typed = edit(xlsx, Map.of("desktops_excl_schools", "beaucoup", "maintenance_contract", "peut-être"));

        AnswersImport read = PersonWorkbookPropertyTests.read(AnswerFileFormat.XLSX, typed);

        assertThat(read.isOk()).isFalse();
        assertThat(read.problems()).hasSize(2);
        ImportProblem first = read.problems().get(0);
        assertThat(first.sheet()).isEqualTo(THEMES.get(0).titleFr());
        assertThat(first.column()).isEqualTo("B");
        assertThat(first.header()).isEqualTo("desktops_excl_schools");
        assertThat(first.describe())
                .startsWith("Feuille " + THEMES.get(0).titleFr() + ", ligne " + first.row()
                        + ", colonne B (desktops_excl_schools) : « beaucoup » n'est pas un nombre")
                .doesNotContain("Ligne ");
        assertThat(first.reason().french()).isEqualTo("« beaucoup » n'est pas un nombre.");
    }

    @Test
    void anUnknownCollectiviteOnTheCoverIsRefusedAtItsCell() throws Exception {
        byte[] xlsx = PersonWorkbookPropertyTests.write(AnswerFileFormat.XLSX, fullInfrastructure());
        AnswersImport read =
                Workbooks.read(new ByteArrayInputStream(xlsx), AnswerFileFormat.XLSX, THEMES, Set.of("29202"));
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("Accueil");
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("B");
        });
    }

    /** Plouégat-Guérand's infrastructure theme, every required answer given. */
    private static ImportedResponse fullInfrastructure() {
        Map<String, AnswerValue> answers = new java.util.LinkedHashMap<>();
        var q = THEMES.get(0);
        q.questions().forEach(question -> {
            if (question.required()) {
                answers.put(question.code(), AnswerValue.nc());
            }
        });
        answers.put("desktops_excl_schools", AnswerValue.of(8));
        return new ImportedResponse(COVER.collectivityCode(), answers, null);
    }

    /** Types these answers in the workbook, as a person would, on the rows of these questions. */
    private static byte[] edit(byte[] xlsx, Map<String, String> typed) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(1);
            typed.forEach((code, value) -> {
                Row row = sheet.getRow(rowOf(sheet, code));
                (row.getCell(1) == null ? row.createCell(1) : row.getCell(1)).setCellValue(value);
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static int rowOf(XSSFSheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getCell(4) != null && row.getCell(4).getStringCellValue().equals(code)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row for " + code);
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('\n')));
        return all.toString();
    }
}
