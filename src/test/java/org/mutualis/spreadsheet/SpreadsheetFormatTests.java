package org.mutualis.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.LOCQUIREC;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.files.Fixtures;

class SpreadsheetFormatTests {

    private static final GridLimits LIMITS = GridLimits.defaults();

    @Test
    void odsIsAZipWithItsMimetypeFirstAndStored() throws Exception {
        byte[] ods = Fixtures.write(AnswerFileFormat.ODS, Fixtures.import2012().responses());

        // The raw bytes: "mimetype" at offset 30, its content uncompressed right after it.
        assertThat(new String(ods, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        assertThat(new String(ods, 38, 46, StandardCharsets.US_ASCII))
                .isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods))) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
            List<String> names = new java.util.ArrayList<>();
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
            assertThat(names).contains("META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml");
        }
        SheetGrid grid = OdsGridReader.read(new ByteArrayInputStream(ods), LIMITS);
        assertThat(grid.name()).isEqualTo("infrastructure");
        assertThat(grid.rows().get(2).cells()).startsWith(LOCQUIREC, "", "7", "1");
    }

    @Test
    void odsRepeatsSpacesParagraphsAndAnnotations() throws Exception {
        String table = """
                <table:table table:name="réponses">
                 <table:table-column table:number-columns-repeated="1024"/>
                 <table:table-row>
                  <table:table-cell office:value-type="string"><text:p>code</text:p></table:table-cell>
                  <table:table-cell table:number-columns-repeated="2"/>
                  <table:table-cell office:value-type="float" office:value="903.83"><text:p>903,83 €</text:p></table:table-cell>
                  <table:table-cell><office:annotation><text:p>not a value</text:p></office:annotation>\
                <text:p>a<text:s text:c="3"/>b</text:p><text:p>line <text:span>two</text:span></text:p></table:table-cell>
                  <table:table-cell table:number-columns-repeated="16380"/>
                 </table:table-row>
                 <table:table-row table:number-rows-repeated="3">
                  <table:table-cell office:value-type="float" office:value="12"><text:p>12</text:p></table:table-cell>
                 </table:table-row>
                 <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
                </table:table>
                """;

        SheetGrid grid = OdsGridReader.read(new ByteArrayInputStream(ods(table)), LIMITS);

        assertThat(grid.name()).isEqualTo("réponses");
        assertThat(grid.rows()).hasSize(4);
        assertThat(grid.rows().get(0).cells()).containsExactly("code", "", "", "903.83", "a   b\nline two");
        assertThat(grid.rows()).extracting(SheetGrid.Row::number).containsExactly(1, 2, 3, 4);
        assertThat(grid.rows().get(3).cells()).containsExactly("12");
    }

    @Test
    void odsRowRepeatsBeyondTheLimitAreRefused() {
        String table = """
                <table:table table:name="x"><table:table-row table:number-rows-repeated="2000000">
                <table:table-cell office:value-type="float" office:value="1"/></table:table-row></table:table>
                """;

        assertThatThrownBy(() -> OdsGridReader.read(new ByteArrayInputStream(ods(table)), LIMITS))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessage("Le fichier dépasse le nombre maximal de lignes accepté (100 000).");
    }

    @Test
    void odsExternalEntitiesAreNotResolved() {
        String content = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">"
                + "&xxe;</office:document-content>";

        assertThatThrownBy(() -> OdsGridReader.read(new ByteArrayInputStream(zip("content.xml", content)), LIMITS))
                .isInstanceOf(SpreadsheetException.class)
                .hasMessage("Le fichier n'est pas un classeur ODS lisible.");
    }

    @Test
    void xlsxNumbersKeepTheirDigits() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var row = workbook.createSheet("infrastructure").createRow(0);
            row.createCell(0).setCellValue(903.83);
            row.createCell(1).setCellValue(12.0);
            row.createCell(2).setCellValue(0.1 + 0.2);
            row.createCell(3).setCellValue(29014);
            row.createCell(5).setCellValue(true);
            row.createCell(6).setCellValue(" texte ");
            var money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            row.createCell(7).setCellValue(1259.67);
            row.getCell(7).setCellStyle(money);
            workbook.createSheet("second").createRow(0).createCell(0).setCellValue("ignored");
            workbook.write(out);
        }

        SheetGrid grid = XlsxGridReader.read(new ByteArrayInputStream(out.toByteArray()), LIMITS);

        assertThat(grid.name()).isEqualTo("infrastructure");
        assertThat(grid.rows().get(0).cells())
                .containsExactly("903.83", "12", "0.3", BOTSORHEL, "", "oui", " texte ", "1259.67");
    }

    @Test
    void xlsxInlineStringsFromStreamingWriters() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook()) {
            var row = workbook.createSheet("s").createRow(2);
            row.createCell(1).setCellValue("Taulé");
            row.createCell(2).setCellValue(446.48);
            workbook.write(out);
        }

        SheetGrid grid = XlsxGridReader.read(new ByteArrayInputStream(out.toByteArray()), LIMITS);

        assertThat(grid.rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(3);
            assertThat(r.cells()).containsExactly("", "Taulé", "446.48");
        });
    }

    @Test
    void tooLargeFilesAreRefusedBeforeParsing() {
        byte[] big = new byte[2048];
        java.util.Arrays.fill(big, (byte) 'a');
        GridLimits small = GridLimits.of(1024, 10);

        assertThatThrownBy(() -> CsvGridReader.read(new ByteArrayInputStream(big), small, "x"))
                .hasMessage("Le fichier dépasse la taille maximale acceptée (1024 octets).");
    }

    @Test
    void zipBombsAreRefused() {
        // 50 MB of zeros compress to about 50 KB: well under the file limit, far over the inflated one.
        String zeros = "0".repeat(50 * 1024 * 1024);
        byte[] bomb = zip("content.xml", zeros);

        assertThatThrownBy(() -> OdsGridReader.read(new ByteArrayInputStream(bomb), GridLimits.of(1024 * 1024, 10)))
                .hasMessageStartingWith("Le fichier décompressé dépasse la taille maximale acceptée");
        assertThatThrownBy(() -> XlsxGridReader.read(new ByteArrayInputStream(bomb), GridLimits.of(1024 * 1024, 10)))
                .hasMessageStartingWith("Le fichier décompressé dépasse la taille maximale acceptée");
    }

    @Test
    void csvRowsBeyondTheLimitAreRefused() {
        String csv = "code\n" + "29014\n".repeat(11);

        assertThatThrownBy(() -> CsvGridReader.read(
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        GridLimits.of(1024 * 1024, 10),
                        "x"))
                .hasMessage("Le fichier dépasse le nombre maximal de lignes accepté (10).");
    }

    @Test
    void columnLetters() {
        assertThat(List.of(0, 2, 25, 26, 27, 701, 702).stream().map(SheetGrid::columnLetter))
                .containsExactly("A", "C", "Z", "AA", "AB", "ZZ", "AAA");
    }

    static byte[] ods(String table) {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                + "<office:body><office:spreadsheet>" + table
                + "</office:spreadsheet></office:body></office:document-content>";
        return zip("content.xml", content);
    }

    static byte[] zip(String name, String content) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(content.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
