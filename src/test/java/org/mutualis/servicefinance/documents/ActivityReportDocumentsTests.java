package org.mutualis.servicefinance.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.mutualis.servicedesk.DeskDashboard.Compliance;
import org.mutualis.servicedesk.DeskDashboard.PriorityLine;
import org.mutualis.servicedesk.DeskDashboard.Satisfaction;
import org.mutualis.servicedesk.DeskDashboard.Trainings;
import org.mutualis.servicedesk.domain.Priority;
import org.mutualis.servicefinance.documents.ActivityReport.CommuneLine;
import org.mutualis.servicefinance.documents.ActivityReport.Desk;
import org.mutualis.servicefinance.documents.ActivityReport.ServiceLine;
import org.mutualis.servicefinance.documents.ActivityReport.Totals;
import org.mutualis.servicefinance.domain.UnitOfOperation;
import org.mutualis.spreadsheet.GridLimits;
import org.mutualis.spreadsheet.OdsGridReader;
import org.mutualis.spreadsheet.SheetGrid;

/**
 * A small activity report written as PDF, ODS and SVG without Spring: a saving not communicated
 * reads « NC » and leaves the net balance unknown (never 0), the charts are vector drawings with
 * their labels as text, a rate with nothing to count is « — », and the SVG says what it shows.
 */
class ActivityReportDocumentsTests {

    static final StatementWords FRENCH = StatementWords.french();

    /** Two communes; Carantec's savings are partly NC; tickets at 40 € and training days at 180,50 €. */
    static ActivityReport report() {
        List<ServiceLine> services = List.of(
                new ServiceLine(
                        "assistance",
                        "Assistance de premier niveau",
                        UnitOfOperation.TICKET,
                        new BigDecimal("40.0000"),
                        new BigDecimal("120000.00"),
                        new BigDecimal("3000"),
                        new BigDecimal("30"),
                        new BigDecimal("1200.00"),
                        new BigDecimal("1200.00")),
                new ServiceLine(
                        "formation",
                        "Formation des utilisateurs relais",
                        UnitOfOperation.TRAINING_DAY,
                        new BigDecimal("180.5000"),
                        new BigDecimal("3610.00"),
                        new BigDecimal("20"),
                        new BigDecimal("2"),
                        new BigDecimal("361.00"),
                        new BigDecimal("361.00")),
                new ServiceLine(
                        "sauvegarde",
                        "Sauvegarde mutualisée",
                        UnitOfOperation.GIGABYTE_STORED,
                        null,
                        null,
                        null,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO.setScale(2),
                        null));
        List<CommuneLine> communes = List.of(
                new CommuneLine(
                        1,
                        "29023",
                        "Carantec",
                        Map.of("assistance", new BigDecimal("10"), "formation", new BigDecimal("2")),
                        11,
                        10,
                        new BigDecimal("4.50"),
                        new BigDecimal("761.00"),
                        new BigDecimal("2000.00"),
                        1,
                        null),
                new CommuneLine(
                        2,
                        "29151",
                        "Morlaix",
                        Map.of("assistance", new BigDecimal("20")),
                        20,
                        19,
                        new BigDecimal("12.25"),
                        new BigDecimal("800.00"),
                        new BigDecimal("5000.00"),
                        0,
                        new BigDecimal("4200.00")));
        List<PriorityLine> priorities = List.of(
                new PriorityLine(Priority.MAJOR, 0, 0, 0, null, 0, 0, null),
                new PriorityLine(Priority.HIGH, 10, 10, 9, new BigDecimal("90.0"), 10, 10, new BigDecimal("100.0")),
                new PriorityLine(Priority.MEDIUM, 19, 19, 15, new BigDecimal("78.9"), 19, 18, new BigDecimal("94.7")));
        Desk desk = new Desk(
                31,
                29,
                new BigDecimal("16.75"),
                new Compliance(29, 28, new BigDecimal("96.6"), 29, 24, new BigDecimal("82.8")),
                priorities,
                new Satisfaction(12, new BigDecimal("4.25"), List.of(0L, 1L, 1L, 4L, 6L)));
        return new ActivityReport(
                7,
                "Morlaix Communauté",
                2015,
                LocalDate.of(2016, 2, 1),
                true,
                List.of(),
                services,
                communes,
                desk,
                new Trainings(2, 9, new BigDecimal("9.0")),
                new Totals(
                        new BigDecimal("123610.00"),
                        new BigDecimal("1561.00"),
                        new BigDecimal("1561.00"),
                        new BigDecimal("7000.00"),
                        1,
                        null));
    }

    @Test
    void theOdsWritesNumbersWithTotalRowsAndNcAsNcNeverZero() throws Exception {
        Map<String, SheetGrid> sheets = sheets(ActivityReportOds.write(report(), FRENCH));

        SheetGrid savings = sheets.get("Économies");
        assertThat(savings.rows().get(0).cells())
                .containsExactly(
                        "Collectivité",
                        "Code",
                        "Remboursement (€ HT)",
                        "Économies obtenues (€ HT)",
                        "Économies non communiquées (NC)",
                        "Bilan net (€ HT)");
        assertThat(savings.rows().get(1).cells()).containsExactly("Carantec", "29023", "761", "2000", "1", "NC");
        assertThat(savings.rows().get(2).cells()).containsExactly("Morlaix", "29151", "800", "5000", "0", "4200");
        assertThat(savings.rows().get(3).cells()).containsExactly("Total", "", "1561", "7000", "1", "NC");

        SheetGrid costs = sheets.get("Remboursements");
        assertThat(costs.rows().get(1).cells())
                .containsExactly("Assistance de premier niveau", "30", "40", "120000", "1200", "1200");
        assertThat(costs.rows().get(3).cells()).containsExactly("Sauvegarde mutualisée", "0", "", "", "", "0");
        assertThat(costs.rows().get(4).cells()).containsExactly("Total", "", "", "123610", "1561", "1561");

        SheetGrid units = sheets.get("Unités");
        assertThat(units.rows().get(0).cells())
                .containsExactly(
                        "Collectivité",
                        "Code",
                        "Assistance de premier niveau (demande (ticket))",
                        "Formation des utilisateurs relais (journée de formation)",
                        "Demandes ouvertes",
                        "Résolues",
                        "Heures d’intervention");
        assertThat(units.rows().get(2).cells()).containsExactly("Morlaix", "29151", "20", "0", "20", "19", "12.25");
        assertThat(units.rows().get(3).cells()).containsExactly("Total", "", "30", "2", "31", "29", "16.75");

        SheetGrid desk = sheets.get("Délais");
        // MAJOR had nothing to count: empty rates, not 0.
        assertThat(desk.rows().get(1).cells()).containsExactly("Majeure", "0", "0", "0", "", "0", "0");

        String content = StatementDocumentsTests.contentXml(ActivityReportOds.write(report(), FRENCH));
        assertThat(content)
                .contains("office:value-type=\"float\" office:value=\"1561\"")
                .contains("office:value-type=\"float\" office:value=\"96.6\"");
    }

    @Test
    void thePdfHasItsSectionsTablesAndTwoChartsDrawnAsVectorsWithTextLabels() throws Exception {
        byte[] pdf = ActivityReportPdf.write(report(), FRENCH);

        String text = StatementDocumentsTests.pdfText(pdf);
        assertThat(text)
                .contains("Rapport d’activité 2015 du centre de services")
                .contains("Service mis à disposition par : Morlaix Communauté")
                .contains("Établi le : 01/02/2016")
                .contains("31 demande(s) ouverte(s) dans l’année, 29 résolue(s), 16,75 heure(s) d’intervention.")
                .contains("Prises en charge à temps : 96,6 % (28 sur 29) ; résolues à temps : 82,8 % (24 sur 29).")
                .contains("Note moyenne 4,25 / 5 sur 12 réponse(s).")
                .contains("2 session(s) tenue(s), 9 stagiaire(s) présent(s), 9 journée(s) de formation suivie(s).")
                .contains("Total remboursé : 1 561,00 € = Σ coût unitaire × unités constatées : 1 561,00 €")
                .contains("2 000,00 € (+ 1 NC)")
                .contains("Respect des délais par priorité (%)")
                .contains("Remboursement par collectivité (€ HT)")
                .contains("Charges retenues et remboursements par service (€ HT)")
                .contains("Prises en charge à temps Résolues à temps")
                .contains("94,7 %");
        // The net balance of Carantec is not communicated, never 0.
        assertThat(text).contains("Carantec 29023 761,00 € 2 000,00 € (+ 1 NC) NC");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int charts = 0;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    PDXObject object = page.getResources().getXObject(name);
                    if (object instanceof PDFormXObject form) {
                        String ops = new String(form.getContentStream().toByteArray(), StandardCharsets.ISO_8859_1);
                        if (ops.contains(" re") && ops.contains("BT")) {
                            charts++;
                        }
                    }
                }
            }
            assertThat(charts).as("charts drawn as vector forms with text").isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void theSvgIsAnImageWithATitleAndADescriptionThatSayTheFigures() {
        List<ReportChart> charts = ReportChart.of(report(), FRENCH);
        assertThat(charts).extracting(ReportChart::id).containsExactly("communes", "services", "sla");

        ReportChart sla = charts.get(2);
        // MAJOR had nothing to count: no bar for it.
        assertThat(sla.bars()).extracting(ReportChart.Bar::label).containsExactly("Haute", "Moyenne");
        String svg = ReportSvg.write(sla);
        assertThat(svg)
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("role=\"img\"")
                .contains("aria-labelledby=\"chart-sla-title chart-sla-desc\"")
                .contains("<title id=\"chart-sla-title\">Respect des délais par priorité (%)</title>")
                .contains("Haute : prises en charge à temps 100 %, résolues à temps 90 %")
                .contains(">78,9 %</text>");
        assertThat(ReportSvg.write(charts.get(0))).contains("Carantec : 761,00 € ; Morlaix : 800,00 €");
    }

    @Test
    void aReportThatCannotBeDrawnSaysWhyAndLeavesTheReimbursementsEmpty() throws Exception {
        ActivityReport r = report();
        ActivityReport undrawn = new ActivityReport(
                r.territoryId(),
                r.provider(),
                r.year(),
                r.drawnUpOn(),
                false,
                List.of("Sauvegarde mutualisée"),
                r.services(),
                List.of(new CommuneLine(1, "29023", "Carantec", Map.of(), 0, 0, BigDecimal.ZERO, null, null, 0, null)),
                r.desk(),
                r.trainings(),
                new Totals(new BigDecimal("123610.00"), null, null, null, 0, null));

        String text = StatementDocumentsTests.pdfText(ActivityReportPdf.write(undrawn, FRENCH));
        assertThat(text)
                .contains("Les états annuels 2015 ne peuvent pas encore être établis : pas de coût unitaire pour"
                        + " Sauvegarde mutualisée.");
        Map<String, SheetGrid> sheets = sheets(ActivityReportOds.write(undrawn, FRENCH));
        assertThat(sheets.get("Économies").rows().get(1).cells()).containsExactly("Carantec", "29023", "", "", "0");
        assertThat(ReportChart.of(undrawn, FRENCH)).extracting(ReportChart::id).doesNotContain("communes");
    }

    static Map<String, SheetGrid> sheets(byte[] ods) throws Exception {
        Map<String, SheetGrid> sheets = new LinkedHashMap<>();
        for (SheetGrid sheet : OdsGridReader.readAll(new ByteArrayInputStream(ods), GridLimits.defaults())) {
            sheets.put(sheet.name(), sheet);
        }
        return sheets;
    }
}
