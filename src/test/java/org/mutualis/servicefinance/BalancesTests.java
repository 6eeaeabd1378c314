package org.mutualis.servicefinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.PLOUGONVEN;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.assessment.Assessments;
import org.mutualis.assessment.AwardForm;
import org.mutualis.assessment.ObtainedSaving;
import org.mutualis.assessment.domain.AssessmentItem;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.BandSettings;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.census.NewCampaign;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.procurement.ProcurementFixture;
import org.mutualis.procurement.ProcurementView;
import org.mutualis.procurement.Procurements;
import org.mutualis.savings.OfferForm;
import org.mutualis.savings.OfferView;
import org.mutualis.savings.Offers;
import org.mutualis.servicefinance.domain.costs.ChargeCategory;
import org.mutualis.servicefinance.domain.sharing.NetBalance;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each collectivité's net balance from real assessments and real statements: a group procurement
 * of mobile plans (a recurring saving, counted month by month in the years its contract runs, from
 * the day each member's own contract ended) and of desktops (a one-off purchase, in the year the
 * member's contract begins); a member that did not declare its mobile lines has an NC saving, which
 * makes its net unknown, never 0; a year whose statement cannot be drawn says the charges are
 * unknown; who may read whose balance. Then the same through the pages, the PDF and the API.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class BalancesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Balances balances;

    @Autowired
    Assessments assessments;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    Accounts accounts;

    @Autowired
    Offers offers;

    @Autowired
    Procurements procurements;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    Conventions conventions;

    @Autowired
    UnitCosts unitCosts;

    @Autowired
    UnitRecords records;

    @Autowired
    JdbcClient jdbc;

    ProcurementFixture.Loaded t;
    CurrentUser admin;
    CurrentUser analyst;
    long morlaix;
    long botsorhel;
    long plougonven;
    ProcurementView group;
    CatalogueServiceView backup;

    @BeforeEach
    void territoryWithAProcurementAndAStatement() {
        t = new ProcurementFixture.Loaded(
                CensusFixture.study2012(territories, campaigns, files, false).territory(), territories);
        admin = TestUsers.create(accounts, Role.ADMIN);
        analyst = TestUsers.create(accounts, Role.ANALYST);
        morlaix = t.id(MORLAIX);
        botsorhel = t.id(BOTSORHEL);
        plougonven = t.id(PLOUGONVEN);
        // Mobile lines: Morlaix declares 10 lines at 122.70 € HT a month; Botsorhel does not say (NC).
        telecomCensus("code,name,tel_analogue_lines,tel_mobile_lines,tel_monthly_cost_mobile\n"
                + MORLAIX + ",Morlaix,2,10,122.70\n"
                + BOTSORHEL + ",Botsorhel,1,NC,\n");
        // Morlaix from 01/07/2012, Botsorhel at the end of its own contract (31/12/2013), until 30/06/2015.
        ProcurementFixture.Builder builder = ProcurementFixture.group(t);
        builder.subject = "Téléphonie mobile (bilan net)";
        group = procurements.create(builder.form(), analyst);
        OfferView plans = offer("TEL_MOBILE_PLAN", "7.35", "12.27");
        OfferView desktops = offer("HW_DESKTOP", "600", "680.10");
        assessments.link(group.id(), plans.id(), analyst);
        assessments.link(group.id(), desktops.id(), analyst);
        award(plans, "7.00");
        award(desktops, "550");

        // The service centre: a backup service at 10 € a unit in 2015 (1,000 € over 100 forecast);
        // Botsorhel recorded 12 units, Morlaix 5.
        backup = catalogue.services(t.territory().id()).stream()
                .filter(s -> s.code().equals("sauvegarde"))
                .findFirst()
                .orElseThrow();
        conventions.create(
                t.territory().id(),
                FinanceFixture.convention(morlaix, LocalDate.of(2014, 6, 1), 3, backup.id(), "100"),
                admin);
        unitCosts.create(
                t.territory().id(),
                new UnitCostForm(
                        backup.id(),
                        2015,
                        2014,
                        List.of(new ChargeLineForm(ChargeCategory.STAFF, "6411 Salaires", new BigDecimal("1000"))),
                        List.of(),
                        null),
                admin);
        manual(botsorhel, LocalDate.of(2015, 6, 30), "12");
        manual(morlaix, LocalDate.of(2015, 6, 30), "5");
    }

    @Test
    void aRecurringSavingCountsForTheMonthsOfTheYearAndTheNetIsSavingsMinusTheStatement() {
        // 2015: Morlaix saves (12.27 − 7.00) × 10 = 52.70 € a month, 632.40 € a year, January–June.
        BalanceView view = balances.of(morlaix, 2015, analyst);
        assertThat(view.savings()).singleElement().satisfies(l -> {
            ObtainedSaving s = l.saving();
            assertThat(s.item()).isEqualTo("Forfait mobile");
            assertThat(s.annual()).isEqualByComparingTo("632.40");
            assertThat(s.months()).isEqualTo(6);
            assertThat(s.amount()).isEqualByComparingTo("316.20");
            assertThat(l.formula().french()).contains("632,40 €", "6 mois", "316,20 €");
        });
        NetBalance b = view.balance();
        assertThat(b.knownSavings()).isEqualByComparingTo("316.20");
        assertThat(b.charges()).isEqualByComparingTo("50.00");
        assertThat(b.net()).isEqualByComparingTo("266.20");
        assertThat(b.formula().french()).contains("316,20 €", "50,00 €", "266,20 €");
        assertThat(view.statementDrawn()).isTrue();

        // 2013: the whole year, nothing charged (no use of the service) — a net of the savings.
        NetBalance y2013 = balances.of(morlaix, 2013, analyst).balance();
        assertThat(y2013.knownSavings()).isEqualByComparingTo("632.40");
        assertThat(y2013.charges()).isEqualByComparingTo("0");
        assertThat(y2013.net()).isEqualByComparingTo("632.40");
        // 2016: the contract ended on 30/06/2015 — nothing, and the note says so.
        BalanceView y2016 = balances.of(morlaix, 2016, analyst);
        assertThat(y2016.savings()).isEmpty();
        assertThat(y2016.balance().notes())
                .anySatisfy(n -> assertThat(n.code()).isEqualTo("servicefinance.rules.balance.noSaving"));
    }

    @Test
    void aOneOffPurchaseCountsOnceInTheYearTheMembersContractBeginsWithTheAssessmentsOwnFigure() {
        BigDecimal assessed =
                assessments.of(group.id(), null, TestUsers.correspondentOf(morlaix)).assessment().items().stream()
                        .filter(AssessmentItem::oneOff)
                        .findFirst()
                        .orElseThrow()
                        .lines()
                        .get(0)
                        .obtained()
                        .oneOff()
                        .value();
        assertThat(assessed).isNotZero(); // Morlaix's census price is below the award: a negative saving
        List<SavingLine> y2012 = balances.of(morlaix, 2012, analyst).savings();
        assertThat(y2012).extracting(l -> l.saving().item()).containsExactly("Forfait mobile", "Poste fixe");
        assertThat(y2012.get(1).saving().amount()).isEqualByComparingTo(assessed);
        assertThat(y2012.get(1).saving().oneOff()).isTrue();
        assertThat(y2012.get(0).saving().amount()).isEqualByComparingTo("316.20");
        assertThat(balances.of(morlaix, 2013, analyst).savings())
                .extracting(l -> l.saving().item())
                .containsExactly("Forfait mobile");
        // Botsorhel joined when its own contract ended (31/12/2013): its desktop comes in 2014.
        assertThat(balances.of(botsorhel, 2013, analyst).savings()).isEmpty();
        assertThat(balances.of(botsorhel, 2014, analyst).savings())
                .extracting(l -> l.saving().item())
                .contains("Poste fixe");
    }

    @Test
    void anNcSavingMakesTheNetUnknownNeverZero() {
        BalanceView view = balances.of(botsorhel, 2015, TestUsers.correspondentOf(botsorhel));
        NetBalance b = view.balance();
        assertThat(view.savings())
                .filteredOn(l -> l.saving().item().equals("Forfait mobile"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.saving().amount()).isNull();
                    assertThat(l.saving().months()).isEqualTo(6);
                    assertThat(l.formula().french()).contains("NC", "pas zéro");
                });
        assertThat(b.unknownSavings()).isEqualTo(1);
        assertThat(b.charges()).isEqualByComparingTo("120.00");
        assertThat(b.net()).isNull();
        assertThat(b.known()).isFalse();
        assertThat(b.formula().french()).contains("inconnu");
        assertThat(b.notes()).anySatisfy(n -> assertThat(n.french()).contains("Téléphonie mobile (bilan net)"));
        // The territory's list (no access check, for the activity report): one balance per collectivité.
        List<NetBalance> all = balances.territory(t.territory().id(), 2015);
        assertThat(all).extracting(NetBalance::collectivityCode).contains(MORLAIX, BOTSORHEL, PLOUGONVEN);
        assertThat(all)
                .filteredOn(n -> n.collectivityCode().equals(BOTSORHEL))
                .singleElement()
                .satisfies(n -> assertThat(n.net()).isNull());
        assertThat(all)
                .filteredOn(n -> n.collectivityCode().equals(PLOUGONVEN))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.net()).isEqualByComparingTo("0");
                    assertThat(n.savings()).isEmpty();
                });
    }

    @Test
    void chargesThatCannotBeDrawnAreSaidUnknownWithTheServiceNotAFailure() {
        // 2016: Botsorhel used the backup service, which has no unit cost for 2016.
        manual(botsorhel, LocalDate.of(2016, 3, 1), "4");
        BalanceView view = balances.of(morlaix, 2016, analyst);
        assertThat(view.chargesKnown()).isFalse();
        assertThat(view.chargesUnknown())
                .singleElement()
                .satisfies(why -> assertThat(why.french()).contains(backup.label(), "2016"));
        assertThat(view.balance().charges()).isNull();
        assertThat(view.balance().net()).isNull();
        assertThat(view.balance().notes())
                .anySatisfy(n -> assertThat(n.code()).isEqualTo("servicefinance.rules.balance.chargesUnknown"));
        BalanceList list = balances.list(t.territory().id(), 2016, analyst);
        assertThat(list.charges()).isNull();
        assertThat(list.chargesUnknown()).hasSize(1);
    }

    @Test
    void aCorrespondentReadsTheirOwnBalanceOnlyAndATechnicianNone() {
        CurrentUser own = TestUsers.create(accounts, Role.CORRESPONDENT, botsorhel);
        CurrentUser neighbour = TestUsers.create(accounts, Role.CORRESPONDENT, plougonven);
        assertThat(balances.of(botsorhel, 2015, own).collectivityCode()).isEqualTo(BOTSORHEL);
        assertThat(balances.of(botsorhel, 2015, TestUsers.someone(Role.ELECTED)).collectivityCode())
                .isEqualTo(BOTSORHEL);
        assertThatThrownBy(() -> balances.of(botsorhel, 2015, neighbour)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> balances.of(botsorhel, 2015, TestUsers.someone(Role.TECHNICIAN)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> balances.list(t.territory().id(), 2015, TestUsers.someone(Role.TECHNICIAN)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(balances.list(t.territory().id(), 2015, own).rows())
                .extracting(BalanceView::collectivityCode)
                .containsExactly(BOTSORHEL);
        assertThat(balances.list(t.territory().id(), 2015, analyst).rows()).hasSizeGreaterThan(2);
    }

    @Test
    void theTerritorysTableAndTheMayorsPage() throws Exception {
        String table = page(
                get("/servicefinance/balances")
                        .param("territory", "" + t.territory().id())
                        .param("year", "2015"),
                analyst);
        assertThat(table)
                .contains("Bilans nets 2015", "Botsorhel", "Morlaix", "266,20 €", "inconnu")
                .contains("/servicefinance/collectivities/" + botsorhel + "/balance?year=2015");

        CurrentUser own = TestUsers.create(accounts, Role.CORRESPONDENT, botsorhel);
        mvc.perform(get("/servicefinance/balances").param("year", "2015").with(as(own)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/servicefinance/collectivities/" + botsorhel + "/balance?year=2015"));
        String mine = page(
                get("/servicefinance/collectivities/{id}/balance", botsorhel).param("year", "2015"), own);
        assertThat(mine)
                .contains("Bilan net 2015 : Botsorhel", "120,00 €", "inconnu", "NC", "Forfait mobile")
                .contains("/servicefinance/collectivities/" + botsorhel + "/statement?year=2015")
                .contains("/procurements/" + group.id() + "/assessment")
                .contains("balance.pdf?year=2015");
        CurrentUser neighbour = TestUsers.create(accounts, Role.CORRESPONDENT, plougonven);
        mvc.perform(get("/servicefinance/collectivities/{id}/balance", botsorhel)
                        .with(as(neighbour)))
                .andExpect(status().isNotFound());

        String morlaixPage =
                page(get("/servicefinance/collectivities/{id}/balance", morlaix).param("year", "2015"), analyst);
        assertThat(morlaixPage).contains("316,20 €", "50,00 €", "266,20 €", "6 mois");
        // A year without anything: said, not an empty table.
        assertThat(page(
                        get("/servicefinance/collectivities/{id}/balance", morlaix)
                                .param("year", "2020"),
                        analyst))
                .contains(
                        "Aucune économie d’achat groupé comptée en 2020", "Aucun recours au service mutualisé en 2020");
    }

    @Test
    void thePdfAndTheApiGiveTheSameFigures() throws Exception {
        byte[] pdf = mvc.perform(get("/servicefinance/collectivities/{id}/balance.pdf", morlaix)
                        .param("year", "2015")
                        .with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new org.apache.pdfbox.text.PDFTextStripper().getText(org.apache.pdfbox.Loader.loadPDF(pdf));
        assertThat(text).contains("Morlaix", "316,20 €", "50,00 €", "266,20 €", "Téléphonie mobile (bilan net)");

        mvc.perform(get("/api/servicefinance/collectivities/{id}/balance", morlaix)
                        .param("year", "2015")
                        .with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.balance.net").value(266.2))
                .andExpect(jsonPath("$.savings[0].saving.amount").value(316.2));
        mvc.perform(get("/api/servicefinance/collectivities/{id}/balance", botsorhel)
                        .param("year", "2015")
                        .with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.balance.net").doesNotExist())
                .andExpect(jsonPath("$.balance.unknownSavings").value(1));
        CurrentUser own = TestUsers.create(accounts, Role.CORRESPONDENT, botsorhel);
        mvc.perform(get("/api/servicefinance/balances").param("year", "2015").with(as(own)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(1))
                .andExpect(jsonPath("$.rows[0].collectivityCode").value(BOTSORHEL));
        mvc.perform(get("/api/servicefinance/collectivities/{id}/balance", botsorhel)
                        .with(as(TestUsers.create(accounts, Role.CORRESPONDENT, plougonven))))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePageSaysWhenTheChargesCannotBeKnown() throws Exception {
        manual(botsorhel, LocalDate.of(2016, 3, 1), "4");
        String table = page(
                get("/servicefinance/balances")
                        .param("territory", "" + t.territory().id())
                        .param("year", "2016"),
                analyst);
        assertThat(table).contains("Les charges de 2016 ne sont pas encore connues", backup.label());
        assertThat(page(
                        get("/servicefinance/collectivities/{id}/balance", morlaix)
                                .param("year", "2016"),
                        analyst))
                .contains("Les charges de 2016 ne sont pas encore connues", "inconnu");
    }

    private String page(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, CurrentUser user)
            throws Exception {
        return mvc.perform(request.with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void telecomCensus(String csv) {
        CampaignSummary campaign = campaigns.open(
                NewCampaign.of(
                        t.territory().id(),
                        "telecom",
                        1,
                        "Télécoms (bilan net)",
                        LocalDate.of(2012, 1, 15),
                        BandSettings.study2012()),
                CensusFixture.STAFF);
        try {
            files.importAnswers(
                    campaign.id(),
                    "telecom.csv",
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    CensusFixture.STAFF);
        } catch (org.mutualis.shared.error.RejectedException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    private OfferView offer(String item, String price, String current) {
        long itemId = jdbc.sql("select id from price_item where code = ?")
                .param(item)
                .query(Long.class)
                .single();
        return offers.create(
                t.territory().id(),
                new OfferForm(
                        itemId,
                        "Opérateur",
                        "NEGOTIATION",
                        new BigDecimal(price),
                        false,
                        LocalDate.of(2012, 3, 1),
                        null,
                        "",
                        new BigDecimal(current),
                        false),
                analyst);
    }

    private void award(OfferView offer, String price) {
        assessments.award(
                group.id(),
                offer.id(),
                new AwardForm("Titulaire", new BigDecimal(price), false, LocalDate.of(2012, 6, 1), 0),
                analyst);
    }

    private void manual(long collectivity, LocalDate on, String units) {
        records.addManual(
                collectivity, new ManualUnitForm(backup.id(), on, new BigDecimal(units), "Relevé du NAS"), admin);
    }
}
