package org.mutualis.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.GUERLESQUIN;
import static org.mutualis.StudyCodes.LOCQUIREC;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.PLOUGONVEN;
import static org.mutualis.StudyCodes.TAULE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.AnswersImport;
import org.mutualis.census.ImportProblem;
import org.mutualis.census.ImportedResponse;
import org.mutualis.census.files.AnswerFileReader;
import org.mutualis.shared.AnswerValue;

/** DATE answers (contract end dates): the forms people and spreadsheets write, stored as ISO. */
class DateAnswerTests {

    private static final Questionnaire TELECOM = Catalogue.latest("telecom");
    private static final String END = "tel_fixed_contract_end_date";
    private static final Set<String> CODES = Set.of(BOTSORHEL, LOCQUIREC, GUERLESQUIN, TAULE, PLOUGONVEN, MORLAIX);

    private static AnswersImport csv(String... dates) {
        StringBuilder text = new StringBuilder("code,tel_analogue_lines,tel_mobile_lines," + END + "\n");
        List<String> codes = List.of(BOTSORHEL, LOCQUIREC, GUERLESQUIN, TAULE, PLOUGONVEN, MORLAIX);
        for (int i = 0; i < dates.length; i++) {
            text.append(codes.get(i)).append(",1,1,").append(dates[i]).append('\n');
        }
        return AnswerFileReader.read(
                new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
                AnswerFileFormat.CSV,
                TELECOM,
                CODES);
    }

    private static List<AnswerValue> dates(AnswersImport result) {
        assertThat(result.problems()).isEmpty();
        return result.responses().stream()
                .map(ImportedResponse::answers)
                .map(answers -> answers.get(END))
                .toList();
    }

    @Test
    void isoAndFrenchDatesAreStoredAsIso() {
        assertThat(dates(csv("2026-12-31", "31/12/2026", "1/2/2027", "31.12.2026", "2026-12-31T00:00:00", "NC")))
                .containsExactly(
                        new AnswerValue.Text("2026-12-31"),
                        new AnswerValue.Text("2026-12-31"),
                        new AnswerValue.Text("2027-02-01"),
                        new AnswerValue.Text("2026-12-31"),
                        new AnswerValue.Text("2026-12-31"),
                        AnswerValue.nc());
    }

    @Test
    void impossibleDatesAndYearsOutsideTheRangeAreRefusedInFrench() {
        AnswersImport result = csv("31/02/2026", "2026-13-01", "15/03/1985", "2101-01-01", "fin 2026", "31/12/26");
        assertThat(result.isOk()).isFalse();
        assertThat(result.problems())
                .extracting(ImportProblem::messageFr)
                .containsExactly(
                        "Ligne 2, colonne D (" + END + ") : « 31/02/2026 » n'est pas une date possible : "
                                + "ce jour n'existe pas dans le calendrier.",
                        "Ligne 3, colonne D (" + END + ") : « 2026-13-01 » n'est pas une date possible : "
                                + "ce jour n'existe pas dans le calendrier.",
                        "Ligne 4, colonne D (" + END + ") : « 15/03/1985 » : l'année 1985 est hors de la période "
                                + "acceptée (1990 à 2100).",
                        "Ligne 5, colonne D (" + END + ") : « 2101-01-01 » : l'année 2101 est hors de la période "
                                + "acceptée (1990 à 2100).",
                        "Ligne 6, colonne D (" + END + ") : « fin 2026 » n'est pas une date : écrivez-la jj/mm/aaaa "
                                + "(31/12/2026) ou aaaa-mm-jj (2026-12-31).",
                        "Ligne 7, colonne D (" + END + ") : « 31/12/26 » n'est pas une date : écrivez-la jj/mm/aaaa "
                                + "(31/12/2026) ou aaaa-mm-jj (2026-12-31).");
    }

    @Test
    void leapDaysAndTheEdgesOfTheRange() {
        assertThat(dates(csv("29/02/2028", "1990-01-01", "31/12/2100")))
                .containsExactly(
                        new AnswerValue.Text("2028-02-29"),
                        new AnswerValue.Text("1990-01-01"),
                        new AnswerValue.Text("2100-12-31"));
        assertThat(csv("29/02/2027").problems()).hasSize(1);
    }

    /** Excel stores a date as a day number with a date format; the reader gives the number. */
    @Test
    void anXlsxDateCellIsADate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet("telecom");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("code");
            header.createCell(1).setCellValue("tel_analogue_lines");
            header.createCell(2).setCellValue("tel_mobile_lines");
            header.createCell(3).setCellValue(END);
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(BOTSORHEL);
            row.createCell(1).setCellValue(2);
            row.createCell(2).setCellValue(3);
            row.createCell(3).setCellValue(LocalDate.of(2026, 12, 31));
            row.getCell(3).setCellStyle(dateStyle);
            workbook.write(out);
        }
        AnswersImport result = AnswerFileReader.read(
                new ByteArrayInputStream(out.toByteArray()), AnswerFileFormat.XLSX, TELECOM, CODES);
        assertThat(dates(result)).containsExactly(new AnswerValue.Text("2026-12-31"));
    }

    /** LibreOffice stores a date cell's value as {@code office:date-value}, with or without a time. */
    @Test
    void anOdsDateCellIsADate() throws IOException {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content
                    xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
                  <office:body><office:spreadsheet><table:table table:name="telecom">
                    <table:table-row>
                      <table:table-cell office:value-type="string"><text:p>code</text:p></table:table-cell>
                      <table:table-cell office:value-type="string"><text:p>tel_analogue_lines</text:p></table:table-cell>
                      <table:table-cell office:value-type="string"><text:p>tel_mobile_lines</text:p></table:table-cell>
                      <table:table-cell office:value-type="string"><text:p>%1$s</text:p></table:table-cell>
                    </table:table-row>
                    <table:table-row>
                      <table:table-cell office:value-type="string"><text:p>29014</text:p></table:table-cell>
                      <table:table-cell office:value-type="float" office:value="2"><text:p>2</text:p></table:table-cell>
                      <table:table-cell office:value-type="float" office:value="3"><text:p>3</text:p></table:table-cell>
                      <table:table-cell office:value-type="date" office:date-value="2026-12-31"><text:p>31/12/26</text:p></table:table-cell>
                    </table:table-row>
                    <table:table-row>
                      <table:table-cell office:value-type="string"><text:p>29151</text:p></table:table-cell>
                      <table:table-cell office:value-type="float" office:value="2"><text:p>2</text:p></table:table-cell>
                      <table:table-cell office:value-type="float" office:value="3"><text:p>3</text:p></table:table-cell>
                      <table:table-cell office:value-type="date" office:date-value="2027-06-30T00:00:00"><text:p>30 juin 2027</text:p></table:table-cell>
                    </table:table-row>
                  </table:table></office:spreadsheet></office:body>
                </office:document-content>
                """.formatted(END);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.strip().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        AnswersImport result = AnswerFileReader.read(
                new ByteArrayInputStream(out.toByteArray()), AnswerFileFormat.ODS, TELECOM, CODES);
        assertThat(dates(result))
                .containsExactly(new AnswerValue.Text("2026-12-31"), new AnswerValue.Text("2027-06-30"));
    }

    @Test
    void aDateIsTextForTheAnalysis() {
        AnswerValue stored = dates(csv("31/12/2026")).get(0);
        assertThat(stored).isInstanceOf(AnswerValue.Text.class);
        assertThat(LocalDate.parse(stored.display())).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Map.of(END, stored)).containsEntry(END, new AnswerValue.Text("2026-12-31"));
    }
}
