package org.mutualis.analysis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.BandSettings;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.census.NewCampaign;
import org.mutualis.identity.Accounts;
import org.mutualis.shared.CollectivityKind;
import org.mutualis.territory.NewCollectivity;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The synthesis API of a territory of many collectivités: nothing in its default document grows
 * with them. By default each figure gives its value, formula and totals, its inputs and notes a
 * link away ({@code figureHref}), the indicators by stratum at {@code byStratumHref}; with {@code
 * ?terms=page} every list — a figure's inputs and notes, a stratum's members and respondents, who
 * left a question blank — gives its first page and its total, a long formula is cut, and the rest
 * is a link away; {@code ?terms=all} still gives everything.
 */
@MutualisDbTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "mutualis.demo.enabled=true")
class SynthesisApiScaleTests {

    /** Collectivités of the territory; {@link #ANSWERED} of them answer. */
    static final int COMMUNES = 700;

    static final int ANSWERED = 600;

    /** Items inline in any list of the default document. */
    static final int PAGE = 50;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger YEAR = new AtomicInteger(2170);

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

    long campaign;
    String token = "";

    @BeforeEach
    void aCampaignOf600AnswersAmong700Communes() {
        int year = YEAR.incrementAndGet();
        List<String> codes = IntStream.range(0, COMMUNES)
                .mapToObj(i -> String.format("%05d", 10000 + i))
                .toList();
        TerritorySummary territory = territories.create(
                "200067825",
                "Grand territoire " + year,
                "CC",
                year,
                "tests",
                codes.stream()
                        .map(code -> NewCollectivity.of(
                                code, "Commune " + code, CollectivityKind.COMMUNE, 300 + Integer.parseInt(code), year))
                        .toList());
        campaign = campaigns
                .open(
                        NewCampaign.of(
                                territory.id(),
                                "infrastructure",
                                1,
                                "Grand recensement " + year,
                                LocalDate.of(2012, 3, 1),
                                BandSettings.study2012()),
                        CensusFixture.STAFF)
                .id();
        // Two questions answered (two-digit desktops: a raw sum of 600 numbers is a long formula),
        // every other one left blank: 600 « unanswered » notes on each of their figures.
        StringBuilder csv = new StringBuilder("code,name,desktops_excl_schools,laptops_excl_schools\n");
        for (int i = 0; i < ANSWERED; i++) {
            String code = codes.get(i);
            csv.append(code)
                    .append(",Commune ")
                    .append(code)
                    .append(',')
                    .append(10 + i % 80)
                    .append(',')
                    .append(i % 7)
                    .append('\n');
        }
        files.importFile(
                campaign,
                "grand.csv",
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                false,
                false,
                CensusFixture.STAFF);
        token = accounts.issueToken(accounts.find("admin").orElseThrow().id(), "test")
                .secret();
    }

    @Test
    void noListOfTheDefaultSynthesisNamesMoreThanAPageOfCollectivites() throws Exception {
        JsonNode synthesis = json("/api/campaigns/" + campaign + "/synthesis");

        List<String> tooLong = new ArrayList<>();
        longLists(synthesis, "", tooLong);
        assertThat(tooLong).as("lists of more than %d items", PAGE).isEmpty();

        // The strata still say how many members and respondents they have.
        int members = 0;
        int respondents = 0;
        for (JsonNode stratum : synthesis.get("strata")) {
            members += stratum.get("memberCodesTotal").asInt();
            respondents += stratum.get("respondentCodesTotal").asInt();
        }
        assertThat(members).isEqualTo(COMMUNES);
        assertThat(respondents).isEqualTo(ANSWERED);
        assertThat(synthesis.get("warningsTotal").isNumber()).isTrue();
        assertThat(synthesis.get("completeHref").asString())
                .isEqualTo("/api/campaigns/" + campaign + "/synthesis?terms=all");
    }

    @Test
    void byDefaultAFigureSaysHowManyInputsAndNotesItHasAndWhereTheyAre() throws Exception {
        JsonNode synthesis = json("/api/campaigns/" + campaign + "/synthesis");
        JsonNode raw = count(synthesis, "desktops_excl_schools").get("raw");
        assertThat(raw.get("value").isNumber()).isTrue();
        assertThat(raw.get("termsTotal").asInt()).isEqualTo(ANSWERED);
        assertThat(raw.has("terms")).as("inputs inline").isFalse();
        assertThat(raw.has("notes")).as("notes inline").isFalse();
        // The figure alone, from the document's template: the first page of its inputs.
        String href = synthesis
                .get("figureHref")
                .asString()
                .replace("{figureId}", raw.get("id").asString());
        JsonNode figure = json(href);
        assertThat(figure.get("value").decimalValue())
                .isEqualByComparingTo(raw.get("value").decimalValue());
        assertThat(figure.get("terms")).hasSize(PAGE);
        assertThat(figure.get("termsTotal").asInt()).isEqualTo(ANSWERED);
        JsonNode blank = count(synthesis, "os_xp").get("raw");
        assertThat(blank.get("notesTotal").asInt()).isEqualTo(ANSWERED);
        assertThat(json(synthesis
                                .get("figureHref")
                                .asString()
                                .replace("{figureId}", blank.get("id").asString()))
                        .get("notesHref")
                        .asString())
                .endsWith("/notes?page=1");

        // The indicators by stratum: a link away, with the same figures as the detailed document.
        assertThat(synthesis.has("byStratum")).isFalse();
        JsonNode byStratum = json(synthesis.get("byStratumHref").asString()).get("byStratum");
        assertThat(byStratum).hasSize(synthesis.get("byStratumTotal").asInt());
        JsonNode detailed = json(synthesis.get("detailHref").asString());
        assertThat(byStratum.get(0).get("cells").get(0).get("raw").get("value"))
                .isEqualTo(detailed.get("byStratum")
                        .get(0)
                        .get("cells")
                        .get(0)
                        .get("raw")
                        .get("value"));
        // At least four times smaller than the detailed document, the default one before.
        assertThat(bytes("/api/campaigns/" + campaign + "/synthesis") * 4)
                .isLessThan(bytes(synthesis.get("detailHref").asString()));
    }

    @Test
    void theDefaultDocumentWrittenOnceFollowsTheNextChangeOfTheData() throws Exception {
        String url = "/api/campaigns/" + campaign + "/synthesis";
        JsonNode before = count(json(url), "desktops_excl_schools");
        assertThat(before.get("excludedTotal").asInt()).isZero();
        assertThat(json(url)).as("asked again, unchanged").isEqualTo(json(url));
        long territory = campaigns.get(campaign).territoryId();
        long first = territories.collectivities(territory).stream()
                .filter(c -> c.code().equals("10000"))
                .findFirst()
                .orElseThrow()
                .id();
        campaigns.exclude(campaign, first, "desktops_excl_schools", "Valeur aberrante", CensusFixture.STAFF);

        JsonNode after = count(json(url), "desktops_excl_schools");
        assertThat(after.get("excludedTotal").asInt()).isEqualTo(1);
        assertThat(after.get("excluded").get(0).asString()).isEqualTo("10000");
        assertThat(after.get("raw").get("termsTotal").asInt()).isEqualTo(ANSWERED - 1);
    }

    @Test
    void aFigureGivesItsFirstInputsNotesAndFormulaWithLinksToTheRest() throws Exception {
        JsonNode synthesis = json("/api/campaigns/" + campaign + "/synthesis?terms=page");
        JsonNode desktops = count(synthesis, "desktops_excl_schools");
        JsonNode raw = desktops.get("raw");
        assertThat(raw.get("termsTotal").asInt()).isEqualTo(ANSWERED);
        assertThat(raw.get("terms")).hasSize(PAGE);
        // The raw sum of 600 numbers is cut, says how long it is and where the whole figure is.
        assertThat(raw.get("formula").asString()).endsWith(" …").hasSizeLessThan(ApiFigures.FORMULA_MAX + 10);
        assertThat(raw.get("formulaLength").asInt()).isGreaterThan(ApiFigures.FORMULA_MAX);
        JsonNode whole = json(raw.get("formulaHref").asString());
        assertThat(whole.get("formula").asString())
                .hasSize(raw.get("formulaLength").asInt());
        assertThat(whole.get("terms")).hasSize(ANSWERED);

        // A question nobody answered: one « unanswered » note per respondent, the first page inline.
        JsonNode blank = count(synthesis, "os_xp").get("raw");
        assertThat(blank.get("notesTotal").asInt()).isEqualTo(ANSWERED);
        assertThat(blank.get("notes")).hasSize(PAGE);
        JsonNode page = json(blank.get("notesHref").asString().replace("page=1", "page=12"));
        assertThat(page.get("total").asInt()).isEqualTo(ANSWERED);
        assertThat(page.get("pages").asInt()).isEqualTo(ANSWERED / PAGE);
        assertThat(page.get("notes")).hasSize(PAGE);
        assertThat(page.get("notes").get(PAGE - 1).get("collectivityCode").asString())
                .isEqualTo(String.format("%05d", 10000 + ANSWERED - 1));
        assertThat(count(synthesis, "os_xp").get("unansweredTotal").asInt()).isEqualTo(ANSWERED);
    }

    @Test
    void termsAllStillGivesEveryListWhole() throws Exception {
        JsonNode all = json("/api/campaigns/" + campaign + "/synthesis?terms=all");
        int members = 0;
        for (JsonNode stratum : all.get("strata")) {
            members += stratum.get("memberCodes").size();
        }
        assertThat(members).isEqualTo(COMMUNES);
        JsonNode servers = count(all, "os_xp");
        assertThat(servers.get("unanswered")).hasSize(ANSWERED);
        assertThat(servers.get("raw").get("notes")).hasSize(ANSWERED);
        assertThat(count(all, "desktops_excl_schools").get("raw").get("terms")).hasSize(ANSWERED);
    }

    private static JsonNode count(JsonNode synthesis, String indicator) {
        for (JsonNode count : synthesis.get("counts")) {
            if (count.get("indicator").get("code").asString().equals(indicator)) {
                return count;
            }
        }
        throw new AssertionError("no count " + indicator);
    }

    /** Every array of more than a page, by its path. */
    private static void longLists(JsonNode node, String path, List<String> found) {
        if (node.isArray()) {
            if (node.size() > PAGE) {
                found.add(path + " (" + node.size() + ")");
            }
            for (int i = 0; i < node.size(); i++) {
                longLists(node.get(i), path + "[" + i + "]", found);
            }
        } else if (node.isObject()) {
            for (String name : node.propertyNames()) {
                longLists(node.get(name), path + "." + name, found);
            }
        }
    }

    private int bytes(String url) throws Exception {
        return mvc.perform(get(url).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray()
                .length;
    }

    private JsonNode json(String url) throws Exception {
        String body = mvc.perform(get(url).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }
}
