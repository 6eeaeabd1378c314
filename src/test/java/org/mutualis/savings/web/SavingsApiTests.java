package org.mutualis.savings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.LE_PONTHOU;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Offers and their savings through the JSON API: the study's percentages, refusals, scope. */
@MutualisDbTest
@AutoConfigureMockMvc
class SavingsApiTests {

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
    JdbcClient jdbc;

    CensusFixture.Loaded study;
    String analyst;
    String correspondent;

    @BeforeEach
    void study() {
        study = CensusFixture.study2012(territories, campaigns, files, false);
        analyst = secret(TestUsers.create(accounts, Role.ANALYST));
        correspondent = secret(TestUsers.create(
                accounts, Role.CORRESPONDENT, study.collectivity(BOTSORHEL).id()));
    }

    // economies-2012.csv: every row that states a percentage, entered as an offer with its current price.
    @ParameterizedTest(name = "{0}: {2} → {3} = {4} %")
    @CsvSource(delimiter = ';', textBlock = """
            TEL_INTERNET_LINE;   false; 55.73;   40.00;   28
            TEL_INTERNET_LINE;   false; 72.21;   60.58;   16
            TEL_SDA;             false; 0.91;    0.50;    45
            TEL_MOBILE_PLAN;     false; 12.27;   7.35;    40
            TEL_DATA_KEY;        false; 7.94;    7.24;    9
            PRN_COPY_BW;         false; 0.0062;  0.0043;  31
            PRN_COPY_COLOUR;     false; 0.0523;  0.043;   18
            PRN_COPIER_PURCHASE; true;  3767.40; 3358.37; 11
            PRN_COPIER_PURCHASE; true;  3623.00; 2970.60; 18
            PRN_COPIER_PURCHASE; true;  4650.00; 4425.20; 5
            """)
    void theStudysPercentagesComeBackThroughTheApi(
            String item, boolean ttc, String current, String offered, int percent) throws Exception {
        long id = createOffer(item, offered, ttc, current, "");

        mvc.perform(bearer(get("/api/offers/{id}/savings", id), analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stated.wholePercent.value").value(percent))
                .andExpect(jsonPath("$.stated.wholePercent.formula")
                        .value("(" + plain(current) + " − " + plain(offered) + ") ÷ " + plain(current) + " = " + percent
                                + " %"));
    }

    @Test
    void theFaxAndVoiceOfferShowsAsACostIncreaseWithItsBenefit() throws Exception {
        long id = createOffer("TEL_INTERNET_LINE", "78.58", false, "72.21", "appels illimités vers les fixes");

        mvc.perform(bearer(get("/api/offers/{id}/savings", id), analyst))
                .andExpect(jsonPath("$.stated.perUnit.value").value(-6.37))
                .andExpect(jsonPath("$.stated.benefits[0]").value("appels illimités vers les fixes"))
                .andExpect(jsonPath("$.stated.percent.notes[0]", containsString("8.8 %")));
    }

    @Test
    void desktopsAreSavedOnEveryCollectiviteDeclaredOrExtrapolatedAndAddUpToTheTerritory() throws Exception {
        long id = createOffer("HW_DESKTOP", "600", false, "680.10", "garantie 3 ans");

        String json = mvc.perform(bearer(get("/api/offers/{id}/savings", id), analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.campaign.id").value(study.campaign().id()))
                .andExpect(jsonPath("$.collectivities", hasSize(29)))
                .andExpect(jsonPath("$.collectivities[?(@.collectivityCode == '29014')].volumeSource")
                        .value(hasItem("DECLARED")))
                .andExpect(jsonPath("$.collectivities[?(@.collectivityCode == '29219')].volumeSource")
                        .value(hasItem("EXTRAPOLATED")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // Botsorhel declared 1 desktop at 1,259.67 € HT: 659.67 € saved on its one purchase.
        assertThat(JsonPath.<java.util.List<Number>>read(
                        json, "$.collectivities[?(@.collectivityCode == '29014')].amounts.oneOff.value"))
                .singleElement()
                .satisfies(v -> assertThat(new BigDecimal(String.valueOf(v))).isEqualByComparingTo("659.67"));
        // The volumes extrapolate like the synthesis: 386 desktops in all.
        java.util.List<Number> volumes = JsonPath.read(json, "$.collectivities[*].volume");
        assertThat(volumes.stream().mapToDouble(Number::doubleValue).sum())
                .isCloseTo(386.0, org.assertj.core.data.Offset.offset(0.1));
        java.util.List<Number> oneOffs = JsonPath.read(json, "$.collectivities[*].amounts.oneOff.value");
        double total = JsonPath.<Number>read(json, "$.territory.oneOff.value").doubleValue();
        assertThat(oneOffs.stream().mapToDouble(Number::doubleValue).sum())
                .isCloseTo(total, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void anOfferIsComparedWithTheCensusOfItsTimeUnlessAnotherIsAskedFor() throws Exception {
        var later = campaigns.open(
                org.mutualis.census.NewCampaign.of(
                        study.territory().id(),
                        "infrastructure",
                        1,
                        "Infrastructure 2026",
                        java.time.LocalDate.of(2026, 10, 1),
                        org.mutualis.census.BandSettings.study2012()),
                CensusFixture.STAFF);
        try (var answers = new org.springframework.core.io.ClassPathResource("census/demo/infrastructure-2012.csv")
                .getInputStream()) {
            files.importAnswers(later.id(), "answers.csv", answers, CensusFixture.STAFF);
        }
        long of2012 = createOffer("HW_DESKTOP", "600", false, "680.10", "");

        mvc.perform(bearer(get("/api/offers/{id}/savings", of2012), analyst))
                .andExpect(jsonPath("$.campaign.id").value(study.campaign().id()));
        mvc.perform(bearer(
                        get("/api/offers/{id}/savings", of2012).param("campaign", String.valueOf(later.id())), analyst))
                .andExpect(jsonPath("$.campaign.id").value(later.id()));
        long of2026 = createOffer("HW_DESKTOP", "600", false, "680.10", "", "2026-11-01");
        mvc.perform(bearer(get("/api/offers/{id}/savings", of2026), analyst))
                .andExpect(jsonPath("$.campaign.id").value(later.id()));
    }

    @Test
    void aCorrespondentSeesTheirOwnCollectiviteOnlyAndCannotEdit() throws Exception {
        long id = createOffer("HW_DESKTOP", "600", false, "680.10", "");

        mvc.perform(bearer(get("/api/offers/{id}/savings", id), correspondent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.restricted").value(true))
                .andExpect(jsonPath("$.collectivities", hasSize(1)))
                .andExpect(jsonPath("$.collectivities[0].collectivityName").value("Botsorhel"))
                .andExpect(jsonPath("$.territory").doesNotExist())
                .andExpect(jsonPath("$.sizeClasses", hasSize(0)));
        mvc.perform(bearer(
                                post("/api/offers")
                                        .param(
                                                "territory",
                                                String.valueOf(study.territory().id())),
                                correspondent)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(offerJson(itemId("HW_DESKTOP"), "500", false, "", "")))
                .andExpect(status().isForbidden());
        mvc.perform(bearer(delete("/api/offers/{id}", id), correspondent)).andExpect(status().isForbidden());
    }

    @Test
    void aCorrespondentWhoseVolumeIsExtrapolatedSeesNoEstimateMadeOfOthersAnswers() throws Exception {
        long id = createOffer("HW_DESKTOP", "600", false, "680.10", "");
        // Le Ponthou did not answer in 2012: its line would be its stratum's answers.
        String ponthou = secret(TestUsers.create(
                accounts, Role.CORRESPONDENT, study.collectivity(LE_PONTHOU).id()));

        mvc.perform(bearer(get("/api/offers/{id}/savings", id), ponthou))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.collectivities", hasSize(0)))
                .andExpect(jsonPath("$.notes[0]", containsString("n’a pas donné ce volume")));
    }

    @Test
    void aWrongOfferIsRefusedWithEveryProblemAndNothingIsSaved() throws Exception {
        long before = offers();

        mvc.perform(bearer(
                                post("/api/offers")
                                        .param(
                                                "territory",
                                                String.valueOf(study.territory().id())),
                                analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemId\": 999999, \"supplier\": \"\", \"source\": \"NEGOTIATION\","
                                + " \"amount\": \"-4\", \"validFrom\": \"2012-13-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[*].field", hasItem("amount")))
                .andExpect(jsonPath("$.problems[*].field", hasItem("validFrom")))
                .andExpect(jsonPath("$.problems[*].field", hasItem("supplier")))
                .andExpect(jsonPath("$.problems[*].message", hasItem(containsString("négatif"))))
                .andExpect(jsonPath("$.problems[*].message", hasItem(containsString("2012-13-01"))));
        // A readable offer: the service then names what only it can know, an item not in the catalogue.
        mvc.perform(bearer(
                                post("/api/offers")
                                        .param(
                                                "territory",
                                                String.valueOf(study.territory().id())),
                                analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemId\": 999999, \"supplier\": \"Fournisseur\", \"source\": \"NEGOTIATION\","
                                + " \"amount\": \"4\", \"validFrom\": \"2012-03-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[*].field", hasItem("itemId")));

        assertThat(offers()).isEqualTo(before);
    }

    /**
     * The volumes worked out from a synthesis are kept while the campaign's data is unchanged
     * (issue 11): an answer imported, an offer changed, show at once in the savings and the
     * scenario comparison.
     */
    @Test
    void anAnswerOrAnOfferChangedShowsAtOnceInTheSavingsAndTheComparison() throws Exception {
        long id = createOffer("HW_DESKTOP", "600", false, "680.10", "");
        String territory = String.valueOf(study.territory().id());
        mvc.perform(bearer(post("/api/scenarios/study").param("territory", territory), analyst))
                .andExpect(status().isCreated());
        assertThat(volumeOf(id, "29133")).isEqualByComparingTo("7");
        String before = comparison(territory);
        // The same page twice: the same figures.
        assertThat(comparison(territory)).isEqualTo(before);

        // Locquirec now declares 70 desktops, not 7 (its other answers as they were).
        CurrentUser staff = TestUsers.create(accounts, Role.ANALYST);
        long locquirec = study.collectivity("29133").id();
        // Validated by the import: reopened first, as the staff do.
        var validated = campaigns.response(study.campaign().id(), locquirec, staff);
        var response = campaigns.returnForCorrection(
                study.campaign().id(), locquirec, validated.version(), "70 postes, pas 7", staff);
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        response.answers().forEach((code, value) -> values.put(code, value.display()));
        values.put("desktops_excl_schools", "70");
        campaigns.submit(
                study.campaign().id(),
                locquirec,
                new org.mutualis.census.AnswerSubmission(values, response.comment(), response.version()),
                staff);
        assertThat(volumeOf(id, "29133")).isEqualByComparingTo("70");
        String afterAnswer = comparison(territory);
        assertThat(afterAnswer).isNotEqualTo(before);

        // The offer's price changed: the comparison follows too.
        mvc.perform(bearer(put("/api/offers/{id}", id), analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"offer\": "
                                + offerJson(itemId("HW_DESKTOP"), "500", false, "680.10", "") + "}"))
                .andExpect(status().isOk());
        assertThat(comparison(territory)).isNotEqualTo(afterAnswer);
    }

    /**
     * The comparison gives each offer's totals and how many collectivités they add up, with the
     * link to every collectivité's savings: the per-collectivité detail of every offer of every
     * scenario grows with the territory and is asked for only when wanted.
     */
    @Test
    void theComparisonSummarisesEachOfferAndListsItsCollectivitiesOnDemand() throws Exception {
        createOffer("HW_DESKTOP", "600", false, "680.10", "");
        String territory = String.valueOf(study.territory().id());
        mvc.perform(bearer(post("/api/scenarios/study").param("territory", territory), analyst))
                .andExpect(status().isCreated());
        String summary = comparison(territory);
        java.util.List<Integer> counts = JsonPath.read(summary, "$.outcomes[*].items[*].collectivityCount");
        assertThat(counts).isNotEmpty().allSatisfy(n -> assertThat(n).isPositive());
        java.util.List<String> hrefs = JsonPath.read(summary, "$.outcomes[*].items[*].collectivitiesHref");
        assertThat(hrefs).contains("/api/scenarios/comparison?territory=" + territory + "&collectivities=all");
        java.util.List<Object> inline = JsonPath.read(summary, "$.outcomes[*].items[*].collectivities");
        assertThat(inline).isEmpty();

        String all = mvc.perform(bearer(get(hrefs.get(0)), analyst))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.List<Integer> listed = JsonPath.read(all, "$.outcomes[*].items[*].collectivities.length()");
        assertThat(listed).isEqualTo(counts);
        java.util.List<Object> totals = JsonPath.read(summary, "$.outcomes[*].perYear.value");
        assertThat(totals).isEqualTo(JsonPath.read(all, "$.outcomes[*].perYear.value"));
        assertThat(summary.length()).isLessThan(all.length() / 2);
    }

    private BigDecimal volumeOf(long offer, String code) throws Exception {
        String json = mvc.perform(bearer(get("/api/offers/{id}/savings", offer), analyst))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.List<Number> volumes =
                JsonPath.read(json, "$.collectivities[?(@.collectivityCode == '" + code + "')].volume");
        assertThat(volumes).hasSize(1);
        return new BigDecimal(String.valueOf(volumes.get(0)));
    }

    private String comparison(String territory) throws Exception {
        return mvc.perform(bearer(get("/api/scenarios/comparison").param("territory", territory), analyst))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aStaleChangeIsRefusedAndTheNewerOneKept() throws Exception {
        long id = createOffer("TEL_MOBILE_PLAN", "7.35", false, "12.27", "");
        String change =
                "{\"version\": 0, \"offer\": " + offerJson(itemId("TEL_MOBILE_PLAN"), "7.00", false, "12.27", "") + "}";
        mvc.perform(bearer(put("/api/offers/{id}", id), analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(bearer(put("/api/offers/{id}", id), analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change.replace("7.00", "6.00")))
                .andExpect(status().isConflict());
        mvc.perform(bearer(get("/api/offers/{id}", id), analyst))
                .andExpect(jsonPath("$.price.amount").value(7));
    }

    private long createOffer(String item, String amount, boolean ttc, String current, String benefits)
            throws Exception {
        return createOffer(item, amount, ttc, current, benefits, "2012-03-01");
    }

    private long createOffer(String item, String amount, boolean ttc, String current, String benefits, String from)
            throws Exception {
        String json = mvc.perform(bearer(
                                post("/api/offers")
                                        .param(
                                                "territory",
                                                String.valueOf(study.territory().id())),
                                analyst)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(offerJson(itemId(item), amount, ttc, current, benefits)
                                .replace("2012-03-01", from)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private static String offerJson(long itemId, String amount, boolean ttc, String current, String benefits) {
        return "{\"itemId\": " + itemId + ", \"supplier\": \"Fournisseur\", \"source\": \"NEGOTIATION\", \"amount\": \""
                + amount + "\", \"ttc\": " + ttc + ", \"validFrom\": \"2012-03-01\", \"validUntil\": \"\","
                + " \"benefits\": \"" + benefits + "\", \"currentPrice\": \"" + current + "\", \"currentTtc\": " + ttc
                + "}";
    }

    private static String plain(String amount) {
        return new BigDecimal(amount).stripTrailingZeros().toPlainString();
    }

    private long itemId(String code) {
        return jdbc.sql("select id from price_item where code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    private long offers() {
        return jdbc.sql("select count(*) from offer").query(Long.class).single();
    }

    private String secret(CurrentUser user) {
        return accounts.issueToken(user.id(), "test").secret();
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String secret) {
        return request.header("Authorization", "Bearer " + secret);
    }
}
