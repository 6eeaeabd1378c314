package org.mutualis.census.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.AnswersImport;
import org.mutualis.census.ImportedResponse;

class AnswerFileRoundTripTests {

    @ParameterizedTest
    @EnumSource(AnswerFileFormat.class)
    void the2012AnswersComeBackUnchanged(AnswerFileFormat format) {
        List<ImportedResponse> original = Fixtures.import2012().responses();

        AnswersImport again = Fixtures.read(format, Fixtures.write(format, original), Fixtures.CODES_2012);

        assertThat(again.problems()).isEmpty();
        assertThat(again.responses()).isEqualTo(original);
    }

    @ParameterizedTest
    @EnumSource(AnswerFileFormat.class)
    void aBlankTemplateReadsAsNoResponse(AnswerFileFormat format) {
        AnswersImport again = Fixtures.read(format, Fixtures.write(format, List.of()), Fixtures.CODES_2012);

        assertThat(again.isOk()).isTrue();
        assertThat(again.responses()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(AnswerFileFormat.class)
    void fileNamesGiveTheFormat(AnswerFileFormat format) {
        assertThat(AnswerFileFormat.fromFileName(
                        "reponses-2026." + format.extension().toUpperCase()))
                .isEqualTo(format);
    }

    @Test
    void numbersAreNumberCellsAndCodesStayTexts() throws Exception {
        List<ImportedResponse> original = Fixtures.import2012().responses();

        byte[] xlsx = Fixtures.write(AnswerFileFormat.XLSX, original);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var botsorhel = workbook.getSheet("infrastructure").getRow(1);
            assertThat(botsorhel.getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(botsorhel.getCell(2).getNumericCellValue()).isEqualTo(1.0);
            assertThat(botsorhel.getCell(14).getNumericCellValue()).isEqualTo(1259.67);
            assertThat(botsorhel.getCell(13).getStringCellValue()).isEqualTo("NC");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("questions");
        }
        String content = new String(
                odsContent(Fixtures.write(AnswerFileFormat.ODS, original)), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(content)
                .contains("office:value-type=\"float\" office:value=\"1259.67\"")
                .contains("<text:p>NC</text:p>");
    }

    private static byte[] odsContent(byte[] ods) throws java.io.IOException {
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(ods))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("content.xml")) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new AssertionError("no content.xml");
    }
}
