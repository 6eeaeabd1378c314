package org.mutualis.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Files built to exhaust the memory are refused at their place, before they are expanded, and
 * reading them costs a few megabytes whatever they declare.
 */
class SpreadsheetLimitsTests {

    private static final GridLimits LIMITS = GridLimits.defaults();
    /** What reading any of these files may allocate; the audit's ODS took about 600 MB. */
    private static final long BOUND = 24L * 1024 * 1024;

    @Test
    void theAuditsOdsOf3kBIsRefusedAtItsCellWithoutExpandingIt() {
        byte[] bomb = Bombs.repeatedOds("infrastructure");
        assertThat(bomb.length).isLessThan(3 * 1024);

        SpreadsheetException[] refused = new SpreadsheetException[1];
        long allocated = Bombs.allocatedBytes(() -> refused[0] = catchThrowableOfType(
                SpreadsheetException.class, () -> OdsGridReader.readAll(new ByteArrayInputStream(bomb), LIMITS)));

        assertThat(refused[0]).isNotNull();
        assertThat(refused[0].sheet()).isEqualTo("infrastructure");
        assertThat(refused[0].row()).isEqualTo(2);
        assertThat(refused[0].column()).isEqualTo("A");
        assertThat(refused[0].getMessage())
                .isEqualTo("le fichier dépasse le nombre maximal de cellules accepté (1 000 000), cellules répétées"
                        + " comprises : il ne peut pas s’agir d’un questionnaire.");
        assertThat(allocated).isLessThan(BOUND);
    }

    @Test
    void aRepeatedCellPastTheCapIsRefusedWhereItStarts() {
        String rows = "<table:table-row><table:table-cell><text:p>code</text:p></table:table-cell>"
                + "<table:table-cell table:number-columns-repeated=\"3\"/>"
                + "<table:table-cell table:number-columns-repeated=\"900\"><text:p>x</text:p></table:table-cell>"
                + "</table:table-row>";

        SpreadsheetException refused = catchThrowableOfType(
                SpreadsheetException.class,
                () -> OdsGridReader.read(new ByteArrayInputStream(Bombs.ods("s", rows)), LIMITS.withMaxCells(500)));

        assertThat(refused.sheet()).isEqualTo("s");
        assertThat(refused.row()).isEqualTo(1);
        assertThat(refused.column()).isEqualTo("E");
        assertThat(refused.getMessage()).contains("nombre maximal de cellules accepté (500)");
    }

    @Test
    void trailingEmptyRepeatsCostNothingAndRepeatedRowsShareTheirCells() throws Exception {
        String rows = "<table:table-row table:number-rows-repeated=\"3\">"
                + "<table:table-cell office:value-type=\"float\" office:value=\"7\"><text:p>7</text:p></table:table-cell>"
                + "<table:table-cell table:number-columns-repeated=\"16383\"/></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"1048572\">"
                + "<table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>";
        byte[] ods = Bombs.ods("s", rows);

        SheetGrid[] grid = new SheetGrid[1];
        long allocated =
                Bombs.allocatedBytes(() -> grid[0] = OdsGridReader.read(new ByteArrayInputStream(ods), LIMITS));

        assertThat(grid[0].rows()).extracting(SheetGrid.Row::number).containsExactly(1, 2, 3);
        assertThat(grid[0].rows()).allSatisfy(r -> assertThat(r.cells()).containsExactly("7"));
        assertThat(grid[0].rows().get(0).cells()).isSameAs(grid[0].rows().get(2).cells());
        assertThat(allocated).isLessThan(BOUND);
    }

    @Test
    void everySheetOfAFileDrawsOnOneBudget() {
        // 40 sheets of 30 000 cells: each within the cap, together past it.
        StringBuilder tables = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            tables.append("<table:table table:name=\"t")
                    .append(i)
                    .append("\">")
                    .append("<table:table-row table:number-rows-repeated=\"30\">")
                    .append("<table:table-cell table:number-columns-repeated=\"1000\"><text:p>x</text:p>")
                    .append("</table:table-cell></table:table-row></table:table>");
        }
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                + "<office:body><office:spreadsheet>" + tables + "</office:spreadsheet></office:body>"
                + "</office:document-content>";
        byte[] ods = Bombs.zip(Map.of("content.xml", content));

        SpreadsheetException refused = catchThrowableOfType(
                SpreadsheetException.class, () -> OdsGridReader.readAll(new ByteArrayInputStream(ods), LIMITS));

        assertThat(refused.sheet()).isEqualTo("t33");
        assertThat(refused.getMessage()).contains("nombre maximal de cellules");
    }

    @Test
    void spacesRepeatedInsideACellAreCappedAtTheCellLength() {
        String spaces = "<text:s text:c=\"1000\"/>".repeat(100_000); // 100 million spaces once expanded
        String rows = "<table:table-row><table:table-cell><text:p>a" + spaces + "</text:p></table:table-cell>"
                + "</table:table-row>";
        byte[] ods = Bombs.ods("s", rows);

        SpreadsheetException[] refused = new SpreadsheetException[1];
        long allocated = Bombs.allocatedBytes(() -> refused[0] = catchThrowableOfType(
                SpreadsheetException.class, () -> OdsGridReader.read(new ByteArrayInputStream(ods), LIMITS)));

        assertThat(refused[0].getMessage())
                .isEqualTo("la cellule dépasse la longueur maximale acceptée (32 767 caractères).");
        assertThat(refused[0].column()).isEqualTo("A");
        assertThat(allocated).isLessThan(BOUND * 2);
    }

    @Test
    void anXlsxCellAtTheLastColumnAndRowIsRefusedWithoutExpandingTheBlanks() {
        byte[] far = Bombs.xlsx(
                "infrastructure",
                "<dimension ref=\"A1:XFD1048576\"/><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>code</t></is></c></row>"
                        + "<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row></sheetData>");
        byte[] wide =
                Bombs.xlsx("infrastructure", "<sheetData><row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row></sheetData>");

        SpreadsheetException[] refused = new SpreadsheetException[2];
        long allocated = Bombs.allocatedBytes(() -> {
            refused[0] = catchThrowableOfType(
                    SpreadsheetException.class, () -> XlsxGridReader.read(new ByteArrayInputStream(far), LIMITS));
            refused[1] = catchThrowableOfType(
                    SpreadsheetException.class, () -> XlsxGridReader.read(new ByteArrayInputStream(wide), LIMITS));
        });

        assertThat(refused[0].getMessage()).contains("nombre maximal");
        assertThat(refused[0].sheet()).isEqualTo("infrastructure");
        assertThat(refused[1].getMessage()).contains("nombre maximal de colonnes accepté (1000)");
        assertThat(refused[1].row()).isEqualTo(1);
        assertThat(allocated).isLessThan(BOUND * 2);
    }

    @Test
    void sparseXlsxRowsCountTheirBlanksAgainstTheCap() {
        // A value in the 1 000th column of every row: 1 000 cells a row once the blanks are kept.
        StringBuilder rows = new StringBuilder("<sheetData>");
        for (int r = 1; r <= 2_000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"ALL").append(r).append("\"><v>1</v></c></row>");
        }
        byte[] xlsx = Bombs.xlsx("s", rows.append("</sheetData>").toString());

        SpreadsheetException refused = catchThrowableOfType(
                SpreadsheetException.class, () -> XlsxGridReader.read(new ByteArrayInputStream(xlsx), LIMITS));

        assertThat(refused.getMessage()).contains("nombre maximal de cellules");
        assertThat(refused.row()).isEqualTo(1_001);
        assertThat(refused.column()).isEqualTo("ALL");
    }

    @Test
    void aCsvLineOfTwentyThousandFieldsIsRefusedBeforeItIsParsed() {
        byte[] csv = ("code,desktops\n29014,1\n" + ",".repeat(20_000) + "\n").getBytes(StandardCharsets.UTF_8);

        SpreadsheetException[] refused = new SpreadsheetException[1];
        long allocated = Bombs.allocatedBytes(() -> refused[0] = catchThrowableOfType(
                SpreadsheetException.class, () -> CsvGridReader.read(new ByteArrayInputStream(csv), LIMITS, "x")));

        assertThat(refused[0].getMessage())
                .isEqualTo("la ligne compte plus de 16 384 colonnes : ce n’est pas un fichier de réponses.");
        assertThat(refused[0].row()).isEqualTo(3);
        assertThat(allocated).isLessThan(BOUND);
    }

    @Test
    void aCsvCellLongerThanASpreadsheetCellIsRefused() {
        byte[] csv = ("code,comment\n29014,\"" + "a".repeat(40_000) + "\"\n").getBytes(StandardCharsets.UTF_8);

        SpreadsheetException refused = catchThrowableOfType(
                SpreadsheetException.class, () -> CsvGridReader.read(new ByteArrayInputStream(csv), LIMITS, "x"));

        assertThat(refused.row()).isEqualTo(2);
        assertThat(refused.column()).isEqualTo("B");
        assertThat(refused.getMessage()).contains("32 767 caractères");
    }

    @Test
    void utf16CsvIsReadWithOrWithoutItsByteOrderMark() throws Exception {
        String text = "code\tcomment\r\n29014\tTaulé, « écoles »\r\n";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("LE with BOM", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, text, StandardCharsets.UTF_16LE));
        files.put("BE with BOM", withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, text, StandardCharsets.UTF_16BE));
        files.put("LE", text.getBytes(StandardCharsets.UTF_16LE));
        files.put("BE", text.getBytes(StandardCharsets.UTF_16BE));

        for (var file : files.entrySet()) {
            SheetGrid grid = CsvGridReader.read(new ByteArrayInputStream(file.getValue()), LIMITS, "x");
            assertThat(grid.rows()).as(file.getKey()).hasSize(2);
            assertThat(grid.rows().get(0).cells()).as(file.getKey()).containsExactly("code", "comment");
            assertThat(grid.rows().get(1).cells()).as(file.getKey()).containsExactly("29014", "Taulé, « écoles »");
        }
    }

    @Test
    void aByteOrderMarkFollowedByWhatIsNotUtf16IsSaidSo() {
        byte[] broken = {(byte) 0xFF, (byte) 0xFE, 'c', 0, 'o', 0, (byte) 0x00, (byte) 0xD8, 'x'};

        assertThatThrownBy(() -> CsvGridReader.read(new ByteArrayInputStream(broken), LIMITS, "x"))
                .hasMessageContaining("enregistrez-le en UTF-8");
    }

    @Test
    void csvTextCellsAreNeutralisedAndReadBackNumbersAreLeftAlone() throws Exception {
        var sheet = new SheetContent(
                "x",
                java.util.List.of(
                        java.util.List.of(GridCell.text("code"), GridCell.text("comment"), GridCell.text("n")),
                        java.util.List.of(
                                GridCell.text("=HYPERLINK(\"http://evil\")"),
                                GridCell.text("- 3 postes hors service"),
                                GridCell.number(new java.math.BigDecimal("-12.5"))),
                        java.util.List.of(GridCell.text("@SUM(A1)"), GridCell.text("\tcaché"), GridCell.text("+33"))));
        var out = new java.io.ByteArrayOutputStream();

        CsvGridWriter.write(out, sheet);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("code,comment,n\r\n"
                        + "\"'=HYPERLINK(\"\"http://evil\"\")\",'- 3 postes hors service,-12.5\r\n"
                        + "'@SUM(A1),'\tcaché,'+33\r\n");
        SheetGrid back = CsvGridReader.read(new ByteArrayInputStream(out.toByteArray()), LIMITS, "x");
        assertThat(back.rows().get(1).cells())
                .containsExactly("=HYPERLINK(\"http://evil\")", "- 3 postes hors service", "-12.5");
        assertThat(back.rows().get(2).cells()).containsExactly("@SUM(A1)", "\tcaché", "+33");
    }

    private static byte[] withBom(byte[] bom, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }
}
