package org.mutualis.servicefinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.DeskDashboard;
import org.mutualis.servicedesk.DeskDashboards;
import org.mutualis.servicefinance.documents.ActivityReport;
import org.mutualis.servicefinance.documents.ActivityReport.CommuneLine;
import org.mutualis.servicefinance.documents.ActivityReport.ServiceLine;
import org.mutualis.servicefinance.documents.ActivityReportOds;
import org.mutualis.servicefinance.documents.ActivityReportPdf;
import org.mutualis.servicefinance.documents.StatementWords;
import org.mutualis.servicefinance.domain.sharing.NetBalance;
import org.mutualis.servicefinance.domain.sharing.ServiceTotal;
import org.mutualis.servicefinance.domain.sharing.Statement;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.spreadsheet.GridLimits;
import org.mutualis.spreadsheet.OdsGridReader;
import org.mutualis.spreadsheet.SheetGrid;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Morlaix Communauté's illustrative 2015 activity report (the demo): its reimbursements are the
 * territory's statements, service by service and collectivité by collectivité, and equal each
 * service's unit cost × its units; its desk figures are the service desk's dashboard's; its PDF and
 * ODS read back with the same totals; its page draws accessible charts; only the EPCI's staff and
 * elected officials may read it.
 */
@MutualisDbTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "mutualis.demo.enabled=true")
class ActivityReportsTests {

    static final String EPCI_SIREN = "242900835";

    @Autowired
    MockMvc mvc;

    @Autowired
    ActivityReports reports;

    @Autowired
    Statements statements;

    @Autowired
    Balances balances;

    @Autowired
    DeskDashboards dashboards;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Test
    void the2015ReimbursementsAreTheStatementsAndEachServicesUnitCostTimesItsUnits() {
        TerritorySummary t = territory();
        ActivityReport report = reports.of(t.id(), 2015, account("admin"));
        List<Statement> drawn = statements.territory(t.id(), 2015);

        assertThat(report.drawn()).isTrue();
        assertThat(report.unpriced()).isEmpty();
        BigDecimal statementsTotal = drawn.stream().map(Statement::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(statementsTotal).isPositive();
        assertThat(report.totals().reimbursed()).isEqualByComparingTo(statementsTotal);
        assertThat(report.totals().expected()).isEqualByComparingTo(statementsTotal);

        Map<String, BigDecimal> amountOf = new HashMap<>();
        Map<String, BigDecimal> unitsOf = new HashMap<>();
        Map<String, Map<String, BigDecimal>> unitsByCommune = new HashMap<>();
        for (Statement s : drawn) {
            for (ServiceTotal total : s.services()) {
                amountOf.merge(total.serviceCode(), total.amount(), BigDecimal::add);
                unitsOf.merge(total.serviceCode(), total.units(), BigDecimal::add);
                unitsByCommune
                        .computeIfAbsent(s.collectivityCode(), k -> new HashMap<>())
                        .merge(total.serviceCode(), total.units(), BigDecimal::add);
            }
        }
        assertThat(report.services()).filteredOn(s -> s.units().signum() > 0).isNotEmpty();
        for (ServiceLine s : report.services()) {
            BigDecimal amount = amountOf.getOrDefault(s.code(), BigDecimal.ZERO);
            assertThat(s.reimbursed()).as(s.label()).isEqualByComparingTo(amount);
            assertThat(s.units()).as(s.label()).isEqualByComparingTo(unitsOf.getOrDefault(s.code(), BigDecimal.ZERO));
            if (s.unitCost() != null) {
                assertThat(s.charges()).as(s.label()).isPositive();
                assertThat(s.expected())
                        .as(s.label())
                        .isEqualByComparingTo(
                                s.unitCost().multiply(s.units()).setScale(2, java.math.RoundingMode.HALF_UP))
                        .isEqualByComparingTo(amount);
            }
        }
        Map<String, Statement> byCode = new HashMap<>();
        drawn.forEach(s -> byCode.put(s.collectivityCode(), s));
        assertThat(report.communes()).extracting(CommuneLine::code).isSorted().doesNotHaveDuplicates();
        for (CommuneLine c : report.communes()) {
            Statement s = byCode.get(c.code());
            assertThat(c.reimbursement()).as(c.name()).isEqualByComparingTo(s == null ? BigDecimal.ZERO : s.total());
            Map<String, BigDecimal> expectedUnits = unitsByCommune.getOrDefault(c.code(), Map.of());
            assertThat(c.units().keySet()).as(c.name()).isEqualTo(expectedUnits.keySet());
            expectedUnits.forEach((code, units) -> assertThat(c.units(code)).isEqualByComparingTo(units));
        }
        // Savings and net balances are Balances'; NC stays null.
        Map<String, NetBalance> balanceOf = new HashMap<>();
        balances.territory(t.id(), 2015).forEach(b -> balanceOf.put(b.collectivityCode(), b));
        for (CommuneLine c : report.communes()) {
            NetBalance b = balanceOf.get(c.code());
            assertThat(c.knownSavings()).isEqualByComparingTo(b.knownSavings());
            assertThat(c.unknownSavings()).isEqualTo(b.unknownSavings());
            if (b.net() == null) {
                assertThat(c.net()).isNull();
            } else {
                assertThat(c.net()).isEqualByComparingTo(b.net());
            }
        }
    }

    @Test
    void theDeskFiguresAreTheServiceDesksDashboard() {
        TerritorySummary t = territory();
        CurrentUser elected = account("elu");
        ActivityReport report = reports.of(t.id(), 2015, elected);
        DeskDashboard d = dashboards.of(t.id(), 2015, elected);

        assertThat(report.desk().byPriority()).isEqualTo(d.compliance());
        assertThat(report.desk().satisfaction()).isEqualTo(d.satisfaction());
        assertThat(report.trainings()).isEqualTo(d.trainings());
        assertThat(report.desk().opened())
                .isEqualTo(d.months().stream()
                        .mapToLong(DeskDashboard.MonthLine::opened)
                        .sum())
                .isPositive();
        long takeCharge = d.compliance().stream()
                .mapToLong(DeskDashboard.PriorityLine::takeChargeCounted)
                .sum();
        assertThat(report.desk().overall().takeChargeCounted()).isEqualTo(takeCharge);
        for (CommuneLine c : report.communes()) {
            long opened = d.communes().stream()
                    .filter(l -> l.collectivityId() == c.collectivityId())
                    .mapToLong(DeskDashboard.CommuneLine::opened)
                    .sum();
            assertThat(c.ticketsOpened()).as(c.name()).isEqualTo(opened);
        }
    }

    @Test
    void thePdfReadsBackWithTheStatementsTotalAndItsCharts() throws Exception {
        TerritorySummary t = territory();
        ActivityReport report = reports.of(t.id(), 2015, account("analyste"));
        BigDecimal total = statementsTotal(t);
        byte[] pdf = ActivityReportPdf.write(report, StatementWords.french());

        String text = pdfText(pdf);
        assertThat(text)
                .contains("Rapport d’activité 2015 du centre de services")
                .contains("Service mis à disposition par : " + t.name())
                .contains("Services du catalogue")
                .contains("Unités de fonctionnement constatées par collectivité")
                .contains("Satisfaction des demandeurs")
                .contains("Total remboursé : " + StatementWords.euros(total)
                        + " = Σ coût unitaire × unités constatées : " + StatementWords.euros(total))
                // The charts' titles, labels and values are text.
                .contains("Remboursement par collectivité (€ HT)")
                .contains("Charges retenues et remboursements par service (€ HT)")
                .contains("Morlaix");
        for (CommuneLine c : report.communes()) {
            if (c.reimbursement() != null && c.reimbursement().signum() > 0) {
                assertThat(text).as(c.name()).contains(StatementWords.euros(c.reimbursement()));
            }
        }
    }

    @Test
    void theOdsReadsBackWithTheStatementsTotalsInNumberCells() throws Exception {
        TerritorySummary t = territory();
        ActivityReport report = reports.of(t.id(), 2015, account("admin"));
        BigDecimal total = statementsTotal(t);
        Map<String, SheetGrid> sheets = sheets(ActivityReportOds.write(report, StatementWords.french()));

        assertThat(sheets)
                .containsOnlyKeys(
                        "Synthèse",
                        "Services",
                        "Unités",
                        "Délais",
                        "Satisfaction",
                        "Formations",
                        "Remboursements",
                        "Économies");
        SheetGrid costs = sheets.get("Remboursements");
        SheetGrid.Row totalRow = last(costs);
        assertThat(totalRow.cell(0)).isEqualTo("Total");
        assertThat(new BigDecimal(totalRow.cell(5))).isEqualByComparingTo(total);
        assertThat(new BigDecimal(totalRow.cell(4))).isEqualByComparingTo(total);
        BigDecimal sumOfRows = costs.rows().subList(1, costs.rows().size() - 1).stream()
                .map(r -> r.cell(5).isEmpty() ? BigDecimal.ZERO : new BigDecimal(r.cell(5)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sumOfRows).isEqualByComparingTo(total);

        SheetGrid savings = sheets.get("Économies");
        SheetGrid.Row savingsTotal = savings.rows().get(savings.rows().size() - 2);
        assertThat(savingsTotal.cell(0)).isEqualTo("Total");
        assertThat(new BigDecimal(savingsTotal.cell(2))).isEqualByComparingTo(total);
        BigDecimal communes = savings.rows().subList(1, savings.rows().size() - 2).stream()
                .map(r -> new BigDecimal(r.cell(2)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(communes).isEqualByComparingTo(total);

        SheetGrid units = sheets.get("Unités");
        SheetGrid.Row unitsTotal = last(units);
        assertThat(unitsTotal.cell(0)).isEqualTo("Total");
        List<ServiceLine> used =
                report.services().stream().filter(s -> s.units().signum() > 0).toList();
        for (int i = 0; i < used.size(); i++) {
            assertThat(units.rows().get(0).cell(2 + i)).startsWith(used.get(i).label());
            assertThat(new BigDecimal(unitsTotal.cell(2 + i)))
                    .isEqualByComparingTo(used.get(i).units());
        }
        SheetGrid satisfaction = sheets.get("Satisfaction");
        SheetGrid.Row answers = satisfaction.rows().get(satisfaction.rows().size() - 2);
        assertThat(answers.cells())
                .containsExactly(
                        "Total", String.valueOf(report.desk().satisfaction().answers()));
        SheetGrid.Row sla = last(sheets.get("Délais").rows().stream()
                .filter(r -> r.cell(0).equals("Total"))
                .toList());
        assertThat(sla.cell(2)).isEqualTo(String.valueOf(report.desk().overall().takeChargeCounted()));
    }

    @Test
    void correspondentsAndTechniciansMayNotReadTheTerritorysReport() {
        long territory = territory().id();
        assertThatThrownBy(() -> reports.of(territory, 2015, account("botsorhel")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reports.of(territory, 2015, account("technicien")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aYearWhoseServicesHaveNoUnitCostShowsItsUnitsAndNoReimbursementNotZero() throws Exception {
        TerritorySummary t = territory();
        ActivityReport report = reports.of(t.id(), 2016, account("admin"));

        assertThat(report.drawn()).isFalse();
        assertThat(report.unpriced()).isNotEmpty();
        assertThat(report.totals().reimbursed()).isNull();
        assertThat(report.communes()).allSatisfy(c -> {
            assertThat(c.reimbursement()).isNull();
            assertThat(c.net()).isNull();
        });
        assertThat(report.services()).allSatisfy(s -> assertThat(s.reimbursed()).isNull());
        String page = page("/servicefinance/report?territory=" + t.id() + "&year=2016", "admin")
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(
                        "ne peuvent pas encore être établis", report.unpriced().get(0));
    }

    @Test
    void thePageShowsTheFiguresWithAccessibleChartsAndLinksToTheDocuments() throws Exception {
        TerritorySummary t = territory();
        ActivityReport report = reports.of(t.id(), 2015, account("elu"));
        String total = StatementWords.euros(statementsTotal(t));

        MockHttpServletResponse response = page("/servicefinance/report?territory=" + t.id() + "&year=2015", "elu");

        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("<h1>Rapport d’activité 2015 du centre de services</h1>")
                .contains("role=\"img\"")
                .contains("aria-labelledby=\"chart-communes-title chart-communes-desc\"")
                .contains("<desc id=\"chart-communes-desc\">Remboursement par collectivité (€ HT) — ")
                .contains("<caption>Coûts et remboursements</caption>")
                .contains(total)
                .contains("/servicefinance/report.pdf?territory=" + t.id() + "&amp;year=2015")
                .contains("/servicefinance/report.ods?territory=" + t.id() + "&amp;year=2015");
        assertThat(report.communes()).anySatisfy(c -> assertThat(html).contains(c.name()));

        MockHttpServletResponse pdf = page("/servicefinance/report.pdf?territory=" + t.id() + "&year=2015", "elu");
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).contains("rapport-activite-2015");
        assertThat(pdfText(pdf.getContentAsByteArray())).contains("Total remboursé : " + total);
        MockHttpServletResponse ods = page("/servicefinance/report.ods?territory=" + t.id() + "&year=2015", "analyste");
        assertThat(ods.getContentType()).isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
        assertThat(sheets(ods.getContentAsByteArray())).containsKey("Remboursements");

        String json = page("/api/servicefinance/report?territory=" + t.id() + "&year=2015", "analyste")
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"reimbursed\":" + statementsTotal(t).toPlainString());

        assertThat(page("/servicefinance/report?territory=" + t.id() + "&year=2015", "botsorhel")
                        .getStatus())
                .isEqualTo(403);
        assertThat(page("/servicefinance/report.pdf?territory=" + t.id() + "&year=2015", "technicien")
                        .getStatus())
                .isEqualTo(403);
        assertThat(page("/api/servicefinance/report?territory=" + t.id() + "&year=2015", "morlaix")
                        .getStatus())
                .isEqualTo(403);
    }

    private MockHttpServletResponse page(String url, String username) throws Exception {
        return mvc.perform(get(url).with(as(account(username)))).andReturn().getResponse();
    }

    private BigDecimal statementsTotal(TerritorySummary t) {
        return statements.territory(t.id(), 2015).stream()
                .map(Statement::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static Map<String, SheetGrid> sheets(byte[] ods) throws Exception {
        Map<String, SheetGrid> sheets = new LinkedHashMap<>();
        for (SheetGrid sheet : OdsGridReader.readAll(new ByteArrayInputStream(ods), GridLimits.defaults())) {
            sheets.put(sheet.name(), sheet);
        }
        return sheets;
    }

    static SheetGrid.Row last(SheetGrid sheet) {
        return last(sheet.rows());
    }

    static SheetGrid.Row last(List<SheetGrid.Row> rows) {
        return rows.get(rows.size() - 1);
    }

    private TerritorySummary territory() {
        return territories.all().stream()
                .filter(t -> t.epciSiren().equals(EPCI_SIREN) && t.referenceYear() == 2012)
                .findFirst()
                .orElseThrow();
    }

    private CurrentUser account(String username) {
        return accounts.find(username).orElseThrow();
    }
}
