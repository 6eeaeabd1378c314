package org.mutualis.analysis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.DemoWorld;
import org.mutualis.MutualisDbTest;
import org.mutualis.analysis.domain.Figure;
import org.mutualis.analysis.domain.FigureTerm;
import org.mutualis.analysis.domain.Method;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.territory.AnswerPolicy;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The synthesis API gives each figure's inputs on demand: the first page inline with their total
 * and a link, every page through {@code …/terms?page=}, the reader's own view only.
 */
@MutualisDbTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "mutualis.demo.enabled=true")
class FigureTermsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Accounts accounts;

    @Autowired
    JsonMapper mapper;

    @Autowired
    Territories territories;

    long census2012;
    /** The raw total with the most inputs in the synthesis: one per respondent. */
    String figure = "";

    final Map<String, String> tokens = new java.util.HashMap<>();

    @BeforeEach
    void demo() throws Exception {
        // The study's census of counts (the other 2012 campaign ranks objectives: no inputs to page).
        CampaignSummary census = campaigns.all().stream()
                .filter(c -> c.name().equals(DemoWorld.STUDY_2012))
                .findFirst()
                .orElseThrow();
        census2012 = census.id();
        // Other tests of this context may have made it share its answers.
        territories.changeAnswerPolicy(census.territoryId(), AnswerPolicy.CONFIDENTIAL);
        for (String name : new String[] {"analyste", "botsorhel"}) {
            tokens.put(
                    name,
                    accounts.issueToken(accounts.find(name).orElseThrow().id(), "test")
                            .secret());
        }
        // The raw total with the most inputs (some counts nobody answered have none).
        int most = -1;
        for (JsonNode count : json(get("/api/campaigns/{c}/synthesis", census2012), "analyste")
                .get("counts")) {
            if (count.get("raw").get("termsTotal").asInt() > most) {
                most = count.get("raw").get("termsTotal").asInt();
                figure = count.get("raw").get("id").asString();
            }
        }
    }

    @Test
    void aFiguresInputsComePageByPageWithTheirTotal() throws Exception {
        JsonNode all = json(
                get("/api/campaigns/{c}/synthesis/figures/{f}", census2012, figure)
                        .param("terms", "all"),
                "analyste");
        int total = all.get("terms").size();
        assertThat(total).isPositive();
        // One input a page: the last page holds the figure's last input.
        JsonNode last = json(
                get("/api/campaigns/{c}/synthesis/figures/{f}/terms", census2012, figure)
                        .param("page", String.valueOf(total))
                        .param("size", "1"),
                "analyste");
        assertThat(last.get("figure").asString()).isEqualTo(figure);
        assertThat(last.get("total").asInt()).isEqualTo(total);
        assertThat(last.get("pages").asInt()).isEqualTo(total);
        assertThat(last.get("page").asInt()).isEqualTo(total);
        assertThat(last.get("terms")).hasSize(1);
        assertThat(last.get("terms").get(0)).isEqualTo(all.get("terms").get(total - 1));
        // Past the last page: the last page, never an empty one that hides the total.
        JsonNode past = json(
                get("/api/campaigns/{c}/synthesis/figures/{f}/terms", census2012, figure)
                        .param("page", "999")
                        .param("size", "3"),
                "analyste");
        assertThat(past.get("page").asInt()).isEqualTo(past.get("pages").asInt());
        assertThat(past.get("terms")).isNotEmpty();
    }

    @Test
    void aSmallTerritorysDetailedSynthesisKeepsEveryInputInlineWithItsTotal() throws Exception {
        // The detailed document (the default one gives each figure's totals only).
        JsonNode synthesis =
                json(get("/api/campaigns/{c}/synthesis", census2012).param("terms", "page"), "analyste");
        JsonNode raw = synthesis.get("counts").get(0).get("raw");
        assertThat(raw.get("termsTotal").asInt()).isEqualTo(raw.get("terms").size());
        assertThat(raw.has("termsHref")).isFalse();
        JsonNode asBefore = json(get("/api/campaigns/{c}/synthesis", census2012).param("terms", "all"), "analyste");
        assertThat(asBefore.get("counts").get(0).get("raw").has("termsTotal")).isFalse();
        assertThat(asBefore.get("counts").get(0).get("raw").get("terms")).isEqualTo(raw.get("terms"));
    }

    @Test
    void aCorrespondentOfAConfidentialTerritoryPagesOnlyThroughTheirOwnInputs() throws Exception {
        JsonNode own = json(get("/api/campaigns/{c}/synthesis/figures/{f}/terms", census2012, figure), "botsorhel");
        own.get("terms")
                .forEach(t -> assertThat(t.get("collectivityCode").asString()).isEqualTo("29014"));
        assertThat(own.get("total").asInt()).isLessThanOrEqualTo(1);
    }

    @Test
    void aFigureWithThousandsOfInputsGivesTheFirstFiftyAndTheLinkToTheRest() throws Exception {
        List<FigureTerm> terms = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            terms.add(new FigureTerm("C" + i, "Commune " + i, "band-0", BigDecimal.ONE, BigDecimal.valueOf(i), null));
        }
        Figure figure = new Figure("count.x.raw", BigDecimal.TEN, Method.RAW_SUM, "", terms, List.of());
        JsonNode written = JSON.readTree(new ApiFigures(mapper).write(figure, 7));
        assertThat(written.get("terms")).hasSize(50);
        assertThat(written.get("termsTotal").asInt()).isEqualTo(1200);
        assertThat(written.get("termsHref").asString())
                .isEqualTo("/api/campaigns/7/synthesis/figures/count.x.raw/terms?page=1");
        assertThat(written.get("value").decimalValue()).isEqualByComparingTo("10");
        assertThat(written.has("reason")).isTrue();
    }

    private JsonNode json(MockHttpServletRequestBuilder request, String user) throws Exception {
        String body = mvc.perform(request.header("Authorization", "Bearer " + tokens.get(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }
}
