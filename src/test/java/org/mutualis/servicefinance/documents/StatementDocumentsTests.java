package org.mutualis.servicefinance.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.CARANTEC;
import static org.mutualis.StudyCodes.GARLAN;
import static org.mutualis.StudyCodes.MORLAIX;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mutualis.servicefinance.domain.costs.ServiceUnitCost;
import org.mutualis.servicefinance.domain.sharing.Statement;
import org.mutualis.servicefinance.domain.sharing.StatementEngine;
import org.mutualis.servicefinance.domain.sharing.StatementPeriod;
import org.mutualis.servicefinance.domain.sharing.StatementRequest;
import org.mutualis.servicefinance.domain.sharing.Use;
import org.mutualis.shared.text.BundleTexts;
import org.mutualis.spreadsheet.GridLimits;
import org.mutualis.spreadsheet.OdsGridReader;
import org.mutualis.spreadsheet.SheetGrid;
import org.mutualis.spreadsheet.SpreadsheetException;

/**
 * Morlaix Communauté's illustrative 2015 statements written as ODS, PDF and the territory's ZIP,
 * then read back: the ODS with the spreadsheet module's reader, the PDF's text with PDFBox.
 */
class StatementDocumentsTests {

    static final ServiceUnitCost ASSISTANCE = new ServiceUnitCost("assistance", 2015, new BigDecimal("42.9167"));
    static final ServiceUnitCost TRAINING = new ServiceUnitCost("formation", 2015, new BigDecimal("180.5"));
    static final List<ServiceUnitCost> RATES = List.of(ASSISTANCE, TRAINING);
    static final StatementHeading HEADING = new StatementHeading(
            "Morlaix Communauté",
            LocalDate.of(2016, 1, 15),
            Map.of("assistance", "Assistance de premier niveau", "formation", "Formation des utilisateurs relais"),
            Map.of("assistance", "demande", "formation", "journée de formation"));
    static final StatementWords FRENCH = StatementWords.french();

    static Use ticket(int month, int day, int number) {
        return new Use(LocalDate.of(2015, month, day), "assistance", "demande n° " + number, BigDecimal.ONE);
    }

    static StatementRequest request(String code, String name, List<Use> uses) {
        return new StatementRequest(code, name, StatementPeriod.year(2015), uses);
    }

    /** Three tickets (128,75 €), two training days (361 €), one ticket of December 2014 left out. */
    static Statement carantec() {
        return StatementEngine.statement(
                request(
                        CARANTEC,
                        "Carantec",
                        List.of(
                                ticket(3, 2, 123),
                                new Use(
                                        LocalDate.of(2015, 5, 12),
                                        "formation",
                                        "session de formation n° 4",
                                        new BigDecimal("2")),
                                ticket(1, 15, 57),
                                ticket(11, 30, 412),
                                new Use(LocalDate.of(2014, 12, 31), "assistance", "demande n° 9", BigDecimal.ONE))),
                RATES);
    }

    static Map<String, SheetGrid> sheets(byte[] ods) throws SpreadsheetException {
        Map<String, SheetGrid> sheets = new LinkedHashMap<>();
        for (SheetGrid sheet : OdsGridReader.readAll(new ByteArrayInputStream(ods), GridLimits.defaults())) {
            sheets.put(sheet.name(), sheet);
        }
        return sheets;
    }

    /** The PDF's text, its whitespace runs made single spaces. */
    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Cells wrap: one space for every line break, so that a sentence reads as one.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The row whose first cell is {@code first}. */
    static SheetGrid.Row row(SheetGrid sheet, String first) {
        return sheet.rows().stream()
                .filter(r -> r.cell(0).equals(first))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row « " + first + " » in " + sheet.name()));
    }

    @Test
    void theOdsListsEachUseWithItsUnitsUnitCostAndAmountAndTheTotalsPerService() throws Exception {
        Map<String, SheetGrid> sheets = sheets(StatementOds.write(carantec(), HEADING, FRENCH));

        assertThat(sheets).containsOnlyKeys("État annuel", "Recours", "Non retenus", "Mentions");
        SheetGrid statement = sheets.get("État annuel");
        assertThat(statement.rows().get(0).cells()).containsExactly("État annuel des recours au service");
        assertThat(row(statement, "Collectivité").cells()).containsExactly("Collectivité", "Carantec");
        assertThat(row(statement, "Code").cells()).containsExactly("Code", CARANTEC);
        assertThat(row(statement, "Service mis à disposition par").cell(1)).isEqualTo("Morlaix Communauté");
        assertThat(row(statement, "Période").cell(1)).isEqualTo("du 01/01/2015 au 31/12/2015");
        assertThat(row(statement, "Établi le").cell(1)).isEqualTo("15/01/2016");
        assertThat(row(statement, "Assistance de premier niveau").cells())
                .containsExactly(
                        "Assistance de premier niveau",
                        "2015",
                        "3",
                        "demande",
                        "42.9167",
                        "128.75",
                        "3 unité(s) × 42,9167 € = 128,7501 €, arrondi au centime : 128,75 €");
        assertThat(row(statement, "Formation des utilisateurs relais").cells().subList(2, 6))
                .containsExactly("2", "journée de formation", "180.5", "361");
        assertThat(row(statement, "Total à rembourser (€ HT)").cells())
                .containsExactly("Total à rembourser (€ HT)", "", "", "", "", "489.75");

        SheetGrid uses = sheets.get("Recours");
        assertThat(uses.rows().get(0).cells())
                .containsExactly(
                        "Date",
                        "Service",
                        "Origine",
                        "Unités",
                        "Unité de fonctionnement",
                        "Coût unitaire (€ HT)",
                        "Montant (€ HT)");
        assertThat(uses.rows().subList(1, uses.rows().size()))
                .extracting(SheetGrid.Row::cells)
                .containsExactly(
                        List.of(
                                "15/01/2015",
                                "Assistance de premier niveau",
                                "demande n° 57",
                                "1",
                                "demande",
                                "42.9167",
                                "42.92"),
                        List.of(
                                "02/03/2015",
                                "Assistance de premier niveau",
                                "demande n° 123",
                                "1",
                                "demande",
                                "42.9167",
                                "42.92"),
                        List.of(
                                "30/11/2015",
                                "Assistance de premier niveau",
                                "demande n° 412",
                                "1",
                                "demande",
                                "42.9167",
                                "42.91"),
                        List.of(
                                "12/05/2015",
                                "Formation des utilisateurs relais",
                                "session de formation n° 4",
                                "2",
                                "journée de formation",
                                "180.5",
                                "361"));

        assertThat(sheets.get("Non retenus").rows()).hasSize(2);
        assertThat(sheets.get("Non retenus").rows().get(1).cells())
                .containsExactly(
                        "31/12/2014",
                        "Assistance de premier niveau",
                        "demande n° 9",
                        "1",
                        "Recours du 31/12/2014 hors de la période du 01/01/2015 au 31/12/2015 : il relève d’un autre"
                                + " état.");
        assertThat(sheets.get("Mentions").rows())
                .extracting(r -> r.cell(0))
                .anySatisfy(m -> assertThat(m).contains("coût unitaire de fonctionnement du service, multiplié"))
                .anySatisfy(m -> assertThat(m).contains("état annuel indiquant la liste des recours au service"))
                .anySatisfy(m -> assertThat(m).contains("plus forts restes"));
    }

    @Test
    void unitsUnitCostsAndAmountsAreNumberCellsNotTexts() throws Exception {
        String content = contentXml(StatementOds.write(carantec(), HEADING, FRENCH));

        assertThat(content)
                .contains("office:value-type=\"float\" office:value=\"42.9167\"")
                .contains("office:value-type=\"float\" office:value=\"42.92\"")
                .contains("office:value-type=\"float\" office:value=\"489.75\"")
                .doesNotContain("<text:p>489.75</text:p><text:p>")
                .doesNotContain("office:value-type=\"string\"><text:p>42.92");
    }

    static String contentXml(byte[] ods) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("content.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No content.xml");
    }

    @Test
    void thePdfSaysTheSameInFrenchWithAmountsWrittenTheFrenchWay() throws Exception {
        Statement big = StatementEngine.statement(
                request(
                        MORLAIX,
                        "Morlaix",
                        List.of(
                                new Use(
                                        LocalDate.of(2015, 6, 1),
                                        "assistance",
                                        "demande n° 1000",
                                        new BigDecimal("100")),
                                new Use(
                                        LocalDate.of(2015, 9, 3),
                                        "formation",
                                        "session de formation n° 7",
                                        new BigDecimal("0.5")))),
                RATES);
        byte[] pdf = StatementPdf.write(big, HEADING, FRENCH);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = pdfText(pdf);
        assertThat(text)
                .contains("État annuel des recours au service")
                .contains("Collectivité : Morlaix (29151)")
                .contains("Service mis à disposition par : Morlaix Communauté")
                .contains("Période : du 01/01/2015 au 31/12/2015")
                .contains("Établi le : 15/01/2016")
                .contains("demande n° 1000")
                .contains("100 demande")
                .contains("42,9167 €")
                // 100 × 42,9167 = 4 291,67 ; 0,5 × 180,5 = 90,25 ; total 4 381,92
                .contains("4 291,67 €")
                .contains("90,25 €")
                .contains("Total à rembourser : 4 381,92 € HT")
                .contains("100 unité(s) × 42,9167 € = 4 291,67 €, arrondi au centime : 4 291,67 €")
                .contains("Aucun recours écarté.")
                .contains("CGCT, art. D5211-16");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("État annuel des recours au service — Morlaix");
        }
    }

    @Test
    void thePdfListsTheUsesLeftOutWithTheirReason() throws Exception {
        String text = pdfText(StatementPdf.write(carantec(), HEADING, FRENCH));

        assertThat(text)
                .contains("Recours non retenus")
                .contains("demande n° 9")
                .contains("hors de la période du 01/01/2015 au 31/12/2015")
                .contains("Total à rembourser : 489,75 € HT")
                .contains("4 recours retenu(s), 1 écarté(s)");
    }

    /**
     * One ticket each for three communes: 3 × 42,9167 = 128,7501 € gives 128,75 € to share; each
     * exact 42,9167 € is 42,91 € rounded down, and the two cents left go to the equal remainders by
     * code: Carantec (29023) and Garlan (29059) pay 42,92 €, Morlaix (29151) 42,91 €, though on a
     * statement of its own it would pay 42,92 €.
     */
    static List<Statement> threeCommunes() {
        return StatementEngine.territory(
                List.of(
                        request(MORLAIX, "Morlaix", List.of(ticket(2, 1, 1))),
                        request(CARANTEC, "Carantec", List.of(ticket(2, 2, 2))),
                        request(GARLAN, "Garlan", List.of(ticket(2, 3, 3)))),
                RATES);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void theTerritorysZipHoldsASummaryAndOneWorkbookPerCollectiviteThatKeepTheTerritorysCents() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> names = StatementsArchive.write(out, threeCommunes(), HEADING, FRENCH);

        Map<String, byte[]> entries = unzip(out.toByteArray());
        assertThat(entries.keySet())
                .containsExactly("synthese.ods", "29151-morlaix.ods", "29023-carantec.ods", "29059-garlan.ods");
        assertThat(names).containsExactlyElementsOf(entries.keySet());

        Map<String, String> paid = new LinkedHashMap<>();
        for (String name : names.subList(1, 4)) {
            Map<String, SheetGrid> sheets = sheets(entries.get(name));
            String total =
                    row(sheets.get("État annuel"), "Total à rembourser (€ HT)").cell(5);
            assertThat(sheets.get("Recours").rows().get(1).cell(6)).isEqualTo(total);
            paid.put(row(sheets.get("État annuel"), "Collectivité").cell(1), total);
        }
        assertThat(paid)
                .containsExactly(
                        Map.entry("Morlaix", "42.91"), Map.entry("Carantec", "42.92"), Map.entry("Garlan", "42.92"));

        SheetGrid summary = sheets(entries.get("synthese.ods")).get("Synthèse");
        assertThat(summary.rows().get(0).cells())
                .containsExactly("Code", "Collectivité", "Assistance de premier niveau (unités)", "Total (€ HT)");
        assertThat(summary.rows().subList(1, 4))
                .extracting(SheetGrid.Row::cells)
                .containsExactly(
                        List.of(MORLAIX, "Morlaix", "1", "42.91"),
                        List.of(CARANTEC, "Carantec", "1", "42.92"),
                        List.of(GARLAN, "Garlan", "1", "42.92"));
        // Σ = unit cost × every ticket, rounded once: 128,7501 → 128,75, no cent lost or made.
        assertThat(summary.rows().get(4).cells()).containsExactly("", "Total du territoire", "3", "128.75");
    }

    @Test
    void manyWorkbooksMadeAtOnceAreSentInTheStatementsOrder() throws Exception {
        List<StatementRequest> requests = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            List<Use> uses = new ArrayList<>();
            for (int u = 0; u <= i % 7; u++) {
                uses.add(ticket(1 + u, 1 + i % 28, i * 10 + u));
            }
            requests.add(request(String.format("%05d", 99_000 - i), "Commune " + i, uses));
        }
        List<Statement> statements = StatementEngine.territory(requests, RATES);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementsArchive.write(out, statements, HEADING, FRENCH);

        Map<String, byte[]> entries = unzip(out.toByteArray());
        List<String> names = new ArrayList<>(entries.keySet());
        assertThat(names).hasSize(61);
        for (int i = 0; i < 60; i++) {
            String code = String.format("%05d", 99_000 - i);
            assertThat(names.get(i + 1)).isEqualTo(code + "-commune-" + i + ".ods");
            Map<String, SheetGrid> sheets = sheets(entries.get(names.get(i + 1)));
            assertThat(row(sheets.get("État annuel"), "Code").cell(1)).isEqualTo(code);
            assertThat(sheets.get("Recours").rows()).hasSize(2 + i % 7);
        }
    }

    @Test
    void theTerritorysPdfOfACommuneShowsTheCentItKeeps() throws Exception {
        Statement morlaix = threeCommunes().get(0);

        assertThat(pdfText(StatementPdf.write(morlaix, HEADING, FRENCH)))
                .contains("Total à rembourser : 42,91 € HT")
                .contains("part de la collectivité dans le total du territoire arrondi au centime : 42,91 €");
    }

    @Test
    void fileNamesAreSafeAsciiAndNeverTwice() {
        Set<String> taken = new HashSet<>();
        StatementPeriod year = StatementPeriod.year(2015);
        List<String> names = new ArrayList<>();
        for (String[] who : new String[][] {
            {"29266", "Saint-Thégonnec Loc-Eguiner"},
            {"29133", "L’Île/../Locquirec"},
            {"29133", "L'Île Locquirec"},
            {"../..", "  "},
            {"", "***"}
        }) {
            names.add(StatementsArchive.fileName(
                    new Statement(who[0], who[1], year, List.of(), List.of(), List.of(), BigDecimal.ZERO, List.of()),
                    taken));
        }
        assertThat(names)
                .containsExactly(
                        "29266-saint-thegonnec-loc-eguiner.ods",
                        "29133-l-ile-locquirec.ods",
                        "29133-l-ile-locquirec-2.ods",
                        "etat.ods",
                        "etat-2.ods");
        assertThat(StatementsArchive.safe("x".repeat(100))).hasSize(60);
    }

    @Test
    void theDocumentsSpeakEnglishWhenAskedTo() throws Exception {
        StatementWords english = new StatementWords(t -> BundleTexts.in(Locale.ENGLISH, t.code(), t.argArray()));

        assertThat(sheets(StatementOds.write(carantec(), HEADING, english)))
                .containsOnlyKeys("Annual statement", "Uses", "Left out", "Notes");
        assertThat(pdfText(StatementPdf.write(carantec(), HEADING, english)))
                .contains("Annual statement of the uses of the service")
                .contains("Total to reimburse: 489,75 € excl. VAT");
    }

    @Test
    void aStatementWithoutUseSaysSo() throws Exception {
        Statement none = StatementEngine.statement(request(GARLAN, "Garlan", List.of()), RATES);

        Map<String, SheetGrid> sheets = sheets(StatementOds.write(none, HEADING, FRENCH));
        assertThat(row(sheets.get("État annuel"), "Aucun recours au service sur la période."))
                .isNotNull();
        assertThat(row(sheets.get("État annuel"), "Total à rembourser (€ HT)").cell(5))
                .isEqualTo("0");
        assertThat(sheets.get("Recours").rows()).hasSize(1);
        assertThat(pdfText(StatementPdf.write(none, HEADING, FRENCH)))
                .contains("Aucun recours au service sur la période.")
                .contains("Total à rembourser : 0,00 € HT");
    }

    @Test
    void unitCostsShowTheirFourDecimals() {
        assertThat(StatementWords.unitCost(new BigDecimal("180.5"))).isEqualTo("180,5000 €");
        assertThat(StatementWords.unitCost(new BigDecimal("1234"))).isEqualTo("1 234,0000 €");
        assertThat(StatementWords.unitCost(new BigDecimal("0.0420"))).isEqualTo("0,0420 €");
        assertThat(StatementWords.euros(new BigDecimal("1234.5"))).isEqualTo("1 234,50 €");
    }
}
