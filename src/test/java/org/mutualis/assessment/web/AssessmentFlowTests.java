package org.mutualis.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.PLOUGONVEN;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.assessment.AssessmentView;
import org.mutualis.assessment.Assessments;
import org.mutualis.assessment.AwardForm;
import org.mutualis.assessment.domain.AssessmentLine;
import org.mutualis.assessment.domain.AssessmentTotals;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
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
import org.mutualis.shared.error.InvalidInputException;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * After award, the awarded prices replace the offers: savings obtained against expected, per
 * member and in total, on the page, through the API and in the PDF and ODS documents.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class AssessmentFlowTests {

    @Autowired
    MockMvc mvc;

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
    Assessments assessments;

    @Autowired
    JdbcClient jdbc;

    ProcurementFixture.Loaded t;
    CurrentUser analyst;
    CurrentUser botsorhel;
    CurrentUser plougonven;
    CurrentUser elected;
    ProcurementView hardware;
    OfferView desktops;

    @BeforeEach
    void awardedHardware() {
        t = ProcurementFixture.territory(territories, campaigns, files);
        analyst = TestUsers.create(accounts, Role.ANALYST);
        botsorhel = TestUsers.create(accounts, Role.CORRESPONDENT, t.id(BOTSORHEL));
        plougonven = TestUsers.create(accounts, Role.CORRESPONDENT, t.id(PLOUGONVEN));
        elected = TestUsers.create(accounts, Role.ELECTED);
        ProcurementFixture.Builder group = ProcurementFixture.group(t);
        group.subject = "Matériel informatique 2012";
        group.theme = "HARDWARE";
        hardware = procurements.create(group.form(), analyst);
        desktops = offers.create(
                t.territory().id(),
                new OfferForm(
                        itemId("HW_DESKTOP"),
                        "Dell",
                        "NEGOTIATION",
                        new BigDecimal("600"),
                        false,
                        LocalDate.of(2012, 3, 1),
                        null,
                        "garantie 3 ans",
                        new BigDecimal("680.10"),
                        false),
                analyst);
        assessments.link(hardware.id(), desktops.id(), analyst);
    }

    @Test
    void beforeTheAwardTheExpectedSavingShowsAndTheObtainedOneIsNotAwardedNotZero() {
        AssessmentView view = assessments.of(hardware.id(), null, analyst);

        assertThat(view.assessment().items())
                .singleElement()
                .satisfies(item -> assertThat(item.awarded()).isFalse());
        assertThat(view.assessment().total().obtained()).isNull();
        // Botsorhel declared one desktop at 1,259.67 € HT: 659.67 € expected on its purchase.
        assertThat(line(view, BOTSORHEL).expected().oneOff().value()).isEqualByComparingTo("659.67");
    }

    @Test
    void theAwardedPriceGivesTheSavingObtainedPerMemberAndInTotal() {
        assessments.award(
                hardware.id(),
                desktops.id(),
                new AwardForm("Dell", new BigDecimal("580"), false, LocalDate.of(2012, 6, 1), 0),
                analyst);

        AssessmentView view = assessments.of(hardware.id(), null, analyst);

        AssessmentLine botsorhelLine = line(view, BOTSORHEL);
        assertThat(botsorhelLine.obtained().oneOff().value()).isEqualByComparingTo("679.67");
        assertThat(botsorhelLine.gap().oneOff().value()).isEqualByComparingTo("20");
        // Only the procurement's members count: Morlaix and Botsorhel.
        assertThat(view.assessment().items().get(0).lines())
                .extracting(AssessmentLine::collectivityCode)
                .containsExactlyInAnyOrder(MORLAIX, BOTSORHEL);
        AssessmentTotals total = view.assessment().total();
        BigDecimal sum = view.assessment().items().get(0).lines().stream()
                .map(l -> l.obtained().oneOff().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total.obtained().oneOff().value()).isEqualByComparingTo(sum);
        assertThat(total.gap().oneOff().value())
                .isEqualByComparingTo(total.obtained()
                        .oneOff()
                        .value()
                        .subtract(total.expected().oneOff().value()));
    }

    @Test
    void aStaleAwardIsRefusedAndTheFirstOneKept() {
        assessments.award(
                hardware.id(),
                desktops.id(),
                new AwardForm("Dell", new BigDecimal("580"), false, LocalDate.of(2012, 6, 1), 0),
                analyst);

        assertThatThrownBy(() -> assessments.award(
                        hardware.id(),
                        desktops.id(),
                        new AwardForm("HP", new BigDecimal("520"), false, LocalDate.of(2012, 6, 2), 0),
                        analyst))
                .isInstanceOf(org.mutualis.shared.error.ConflictException.class)
                .hasMessageContaining("modifiée par quelqu’un d’autre");
        assertThat(assessments.of(hardware.id(), null, analyst).linked().get(0).awardedSupplier())
                .isEqualTo("Dell");
    }

    @Test
    void aWrongAwardIsRefusedAndNothingSaved() {
        assertThatThrownBy(() -> assessments.award(
                        hardware.id(), desktops.id(), new AwardForm("", new BigDecimal("-5"), false, null, 0), analyst))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Prix obtenu : un montant ne peut pas être négatif");
        assertThatThrownBy(() -> assessments.award(
                        hardware.id(),
                        desktops.id(),
                        new AwardForm("", new BigDecimal("580"), false, LocalDate.of(2012, 6, 1), 0),
                        analyst))
                .hasMessageContaining("Attributaire : obligatoire");
        assertThat(jdbc.sql("select count(*) from procurement_offer where awarded_amount is not null"
                                + " and procurement_id = ?")
                        .param(hardware.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void membersSeeTheirOwnLinesOthersNothingAndOnlyStaffAward() throws Exception {
        assessments.award(
                hardware.id(),
                desktops.id(),
                new AwardForm("Dell", new BigDecimal("580"), false, LocalDate.of(2012, 6, 1), 0),
                analyst);

        mvc.perform(get("/procurements/{id}/assessment", hardware.id()).with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Botsorhel")))
                .andExpect(content().string(containsString("Morlaix")))
                .andExpect(content().string(containsString("679,67")));
        mvc.perform(get("/procurements/{id}/assessment", hardware.id()).with(as(elected)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Rattacher une offre"))));
        mvc.perform(get("/procurements/{id}/assessment", hardware.id()).with(as(botsorhel)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("679,67")))
                .andExpect(content().string(not(containsString(">Morlaix<"))));
        mvc.perform(get("/procurements/{id}/assessment", hardware.id()).with(as(plougonven)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/procurements/{id}/assessment.pdf", hardware.id()).with(as(plougonven)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/procurements/{id}/assessment", hardware.id())).andExpect(status().is3xxRedirection());
        for (CurrentUser reader : List.of(botsorhel, elected)) {
            mvc.perform(post("/procurements/{id}/assessment/offers/{o}/award", hardware.id(), desktops.id())
                            .param("supplier", "X")
                            .param("amount", "1")
                            .param("awardedOn", "2012-06-01")
                            .param("version", "1")
                            .with(as(reader))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/procurements/{id}/assessment/offers/{o}/remove", hardware.id(), desktops.id())
                            .with(as(reader))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/procurements/{id}/assessment/offers", hardware.id())
                            .param("offerId", String.valueOf(desktops.id()))
                            .with(as(reader))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(assessments
                        .of(hardware.id(), null, analyst)
                        .linked()
                        .get(0)
                        .awardedPrice()
                        .amount())
                .isEqualByComparingTo("580");
        // The member's document says whose figures its totals are.
        byte[] own = mvc.perform(
                        get("/procurements/{id}/assessment.pdf", hardware.id()).with(as(botsorhel)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PdfReader reader = new PdfReader(own)) {
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Botsorhel seulement");
        }
        // Once awarded, the offer is the assessment's expectation: it no longer changes.
        assertThatThrownBy(() -> offers.update(
                        desktops.id(),
                        desktops.version(),
                        new OfferForm(
                                desktops.item().id(),
                                "Dell",
                                "NEGOTIATION",
                                new BigDecimal("550"),
                                false,
                                LocalDate.of(2012, 3, 1),
                                null,
                                "",
                                new BigDecimal("680.10"),
                                false),
                        analyst))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ne se modifie plus");
    }

    @Test
    void theApiGivesTheAssessmentAndTheDocumentsDownload() throws Exception {
        String secret = accounts.issueToken(analyst.id(), "test").secret();
        String own = accounts.issueToken(botsorhel.id(), "test").secret();
        String other = accounts.issueToken(plougonven.id(), "test").secret();
        mvc.perform(put(
                        hardware.id(),
                        desktops.id(),
                        secret,
                        "{\"supplier\": \"Dell\", \"amount\": \"580\","
                                + " \"awardedOn\": \"2012-06-01\", \"version\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessment.total.obtained.oneOff.value").exists());
        mvc.perform(put(hardware.id(), desktops.id(), own, "{\"amount\": \"1\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/procurements/{id}/assessment", hardware.id()).header("Authorization", "Bearer " + own))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.restricted").value(true))
                .andExpect(jsonPath("$.assessment.items[0].lines", hasSize(1)))
                .andExpect(jsonPath("$.assessment.items[0].lines[0].collectivityCode")
                        .value(BOTSORHEL));
        mvc.perform(get("/api/procurements/{id}/assessment", hardware.id()).header("Authorization", "Bearer " + other))
                .andExpect(status().isNotFound());

        byte[] pdf = mvc.perform(
                        get("/procurements/{id}/assessment.pdf", hardware.id()).with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("bilan-marche-")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PdfReader reader = new PdfReader(pdf)) {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("Matériel informatique 2012").contains("Botsorhel");
        }
        mvc.perform(get("/api/procurements/{id}/assessment.ods", hardware.id())
                        .header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.oasis.opendocument.spreadsheet"));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder put(
            long procurement, long offer, String secret, String body) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                        "/api/procurements/{id}/assessment/offers/{o}", procurement, offer)
                .header("Authorization", "Bearer " + secret)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(body);
    }

    private static AssessmentLine line(AssessmentView view, String code) {
        return view.assessment().items().get(0).lines().stream()
                .filter(l -> l.collectivityCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private long itemId(String code) {
        return jdbc.sql("select id from price_item where code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }
}
