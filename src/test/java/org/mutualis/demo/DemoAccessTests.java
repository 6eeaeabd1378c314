package org.mutualis.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.TAULE;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every census and synthesis route, page and API, for every role, on the demo: who may read,
 * who may change, and that a correspondent never reaches another collectivité's answers.
 */
@MutualisDbTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "mutualis.demo.enabled=true")
class DemoAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    long campaign;
    long botsorhel;
    long morlaix;
    /** The 2026 census (invented answers): open, the one the demo's accounts may change. */
    long open2026;

    long botsorhel2026;
    final Map<String, String> tokens = new java.util.HashMap<>();

    @BeforeEach
    void demo() {
        CampaignSummary demo = campaigns.all().stream()
                .filter(c -> c.name().equals("Infrastructure & Réseaux 2012"))
                .findFirst()
                .orElseThrow();
        campaign = demo.id();
        botsorhel = code(demo, BOTSORHEL);
        morlaix = code(demo, MORLAIX);
        CampaignSummary census2026 = campaigns.all().stream()
                .filter(c -> c.name().startsWith("Recensement 2026"))
                .findFirst()
                .orElseThrow();
        open2026 = census2026.id();
        botsorhel2026 = code(census2026, BOTSORHEL);
        for (String name : new String[] {"admin", "analyste", "botsorhel", "elu"}) {
            tokens.put(name, accounts.issueToken(account(name).id(), "test").secret());
        }
    }

    interface Check {
        void run() throws Exception;
    }

    /** Runs the check with the demo territory confidential, then shares its answers again. */
    private void confidential(Check check) throws Exception {
        long territory = campaigns.get(campaign).territoryId();
        territories.changeAnswerPolicy(territory, org.mutualis.territory.AnswerPolicy.CONFIDENTIAL);
        try {
            check.run();
        } finally {
            territories.changeAnswerPolicy(territory, org.mutualis.territory.AnswerPolicy.SHARED);
        }
    }

    @Test
    void theStudys2012CensusesAreClosedAndNoDemoAccountChangesThem() throws Exception {
        long software = campaigns.all().stream()
                .filter(c -> c.name().equals("Progiciels & sites 2012"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(campaigns.get(campaign).closed()).isTrue();
        assertThat(campaigns.get(software).closed()).isTrue();
        assertThat(campaigns.get(open2026).closed()).isFalse();
        String figure = "/api/campaigns/{c}/synthesis/figures/count.desktops_excl_schools.extrapolated";
        String figureBefore = mvc.perform(bearer(get(figure, campaign), "elu"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // The study's figure, as its table gives it.
        assertThat(figureBefore).contains("\"value\":386", "12×1 + 3×57 + 140 + 63");
        String answersBefore = campaigns.responses(campaign, account("admin")).toString();
        long version = campaigns.response(campaign, botsorhel, account("admin")).version();
        String closed = "est clos : ses réponses sont figées";
        // The correspondent, through the API and the form.
        mvc.perform(bearer(
                        put("/api/campaigns/{c}/responses/{b}", campaign, botsorhel)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\":" + version + ",\"answers\":{\"desktops_excl_schools\":\"1\"}}"),
                        "botsorhel"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(closed)));
        mvc.perform(post("/campaigns/{c}/responses/{b}", campaign, botsorhel)
                        .param("version", String.valueOf(version))
                        .param("a.desktops_excl_schools", "1")
                        .with(as(accounts, "botsorhel"))
                        .with(csrf()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(closed)));
        // The analyst: saving, sending back for correction, importing.
        mvc.perform(post("/campaigns/{c}/responses/{m}", campaign, morlaix)
                        .param(
                                "version",
                                String.valueOf(campaigns
                                        .response(campaign, morlaix, account("admin"))
                                        .version()))
                        .param("a.desktops_excl_schools", "1")
                        .with(as(accounts, "analyste"))
                        .with(csrf()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(closed)));
        mvc.perform(bearer(
                        post("/api/campaigns/{c}/responses/{b}/return", campaign, botsorhel)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\":" + version + ",\"comment\":\"?\"}"),
                        "analyste"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(closed)));
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "a.csv",
                "text/csv",
                "code,desktops_excl_schools,laptops_excl_schools\n29014,1,1\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/campaigns/{c}/import", campaign)
                        .file(file)
                        .with(as(accounts, "analyste"))
                        .with(csrf()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(closed)));
        mvc.perform(bearer(multipart("/api/campaigns/{c}/import", campaign).file(file), "analyste"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(closed)));
        // Nothing moved: the answers and the study's figure are exactly as before.
        assertThat(campaigns.responses(campaign, account("admin")).toString()).isEqualTo(answersBefore);
        mvc.perform(bearer(get(figure, campaign), "elu"))
                .andExpect(status().isOk())
                .andExpect(content().string(figureBefore));
    }

    @Test
    void theDemoSharesItsAnswersAsTheStudyDid() {
        assertThat(territories
                        .find(campaigns.get(campaign).territoryId())
                        .orElseThrow()
                        .answerPolicy())
                .isEqualTo(org.mutualis.territory.AnswerPolicy.SHARED);
    }

    @Test
    void theDemoIsLoadedWithItsAccountsAndTheStudyExclusion() {
        assertThat(campaigns.get(campaign).responses()).isEqualTo(8);
        assertThat(campaigns.exclusions(campaign))
                .singleElement()
                .satisfies(e -> assertThat(e.indicatorCode()).isEqualTo("openoffice"));
        assertThat(accounts.find("botsorhel").orElseThrow().collectivityId()).isEqualTo(botsorhel);
    }

    @Test
    void theStudyPrioritiesComeBackWithTheNearTieFlagged() throws Exception {
        long software = campaigns.all().stream()
                .filter(c -> c.name().equals("Progiciels & sites 2012"))
                .findFirst()
                .orElseThrow()
                .id();
        mvc.perform(get("/campaigns/{c}/priorities", software).with(as(accounts, "elu")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("3,75")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Quasi-égalité")));
        mvc.perform(bearer(get("/api/campaigns/{c}/priorities", software), "elu"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$.objectives[*].meanRank")
                        .value(org.hamcrest.Matchers.containsInAnyOrder(1.0, 3.5, 3.75, 4.5, 5.0, 5.0, 5.5)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$.ties[?(@.kind == 'NEAR_TIE')]")
                        .isNotEmpty());
    }

    @Test
    void theIllustrative2026CensusComparesWith2012() throws Exception {
        long census2026 = campaigns.all().stream()
                .filter(c -> c.name().startsWith("Recensement 2026"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(campaigns.get(census2026).themes()).hasSize(4);
        mvc.perform(get("/campaigns/{c}/compare", census2026)
                        .param("with", String.valueOf(campaign))
                        .with(as(accounts, "elu")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Postes fixes")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Taulé")));
        // The demo shares its answers between members, as the study did: Taulé's changes are
        // there for Botsorhel's correspondent; in a confidential territory they are not.
        mvc.perform(get("/campaigns/{c}/compare", census2026)
                        .param("with", String.valueOf(campaign))
                        .with(as(accounts, "botsorhel")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Taulé")));
        confidential(() -> mvc.perform(get("/campaigns/{c}/compare", census2026)
                        .param("with", String.valueOf(campaign))
                        .with(as(accounts, "botsorhel")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Taulé")))));
        // A collectivité's workbook, one sheet per theme, goes back in whole: the round trip.
        long taule2026 = code(campaigns.get(census2026), TAULE);
        byte[] workbook = mvc.perform(get("/campaigns/{c}/responses/{t}/workbook", census2026, taule2026)
                        .param("format", "ods")
                        .with(as(accounts, "analyste")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var before = campaigns.response(census2026, taule2026, account("admin")).answers();
        // The workbook as it was downloaded says what is stored: the preview says so, and the
        // confirmed import writes nothing.
        String preview = mvc.perform(multipart("/campaigns/{c}/import", census2026)
                        .file(new MockMultipartFile(
                                "file", "taule.ods", "application/vnd.oasis.opendocument.spreadsheet", workbook))
                        .with(as(accounts, "analyste"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Inchangée")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"")
                .matcher(preview);
        assertThat(token.find()).isTrue();
        mvc.perform(post("/campaigns/{c}/import/confirm", census2026)
                        .param("token", token.group(1))
                        .with(as(accounts, "analyste"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("inchangée, rien écrit")));
        assertThat(campaigns.response(census2026, taule2026, account("admin")).answers())
                .isEqualTo(before);
        mvc.perform(get("/campaigns/{c}/responses/{t}/workbook", census2026, taule2026)
                        .with(as(accounts, "botsorhel")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/{c}/software", census2026).with(as(accounts, "elu")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Berger-Levrault")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("finances et comptabilité")));
        mvc.perform(bearer(get("/api/campaigns/{c}/software", census2026), "elu"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(TAULE)));
        // Shared answers (the demo): Botsorhel's correspondent sees who uses what, as the study showed.
        mvc.perform(bearer(get("/api/campaigns/{c}/software", census2026), "botsorhel"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(TAULE)));
        confidential(() -> {
            mvc.perform(get("/campaigns/{c}/software", census2026).with(as(accounts, "botsorhel")))
                    .andExpect(status().isOk())
                    .andExpect(
                            content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Taulé"))));
            mvc.perform(bearer(get("/api/campaigns/{c}/software", census2026), "botsorhel"))
                    .andExpect(status().isOk())
                    .andExpect(
                            content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(TAULE))));
            mvc.perform(bearer(get("/api/campaigns/{c}/compare/{o}", census2026, campaign), "botsorhel"))
                    .andExpect(status().isOk())
                    .andExpect(
                            content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(TAULE))));
        });
        mvc.perform(bearer(get("/api/campaigns/{c}/compare/{o}", census2026, campaign), "elu"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(TAULE)));
        mvc.perform(get("/campaigns/{c}/synthesis", census2026).with(as(accounts, "elu")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("fictives")));
    }

    @Test
    void theSynthesisSpeaksTheReadersLanguage() throws Exception {
        mvc.perform(get("/campaigns/{c}/synthesis", campaign)
                        .param("lang", "en")
                        .with(as(accounts, "elu")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Extrapolated")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Desktops")));
        mvc.perform(get("/campaigns/{c}/synthesis", campaign).with(as(accounts, "elu")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Postes fixes")));
    }

    @Test
    void answersAreCheckedAsTheyAreTyped() throws Exception {
        mvc.perform(get("/campaigns/{c}/check", campaign)
                        .param("code", "desktops_excl_schools")
                        .param("a.desktops_excl_schools", "abc")
                        .with(as(accounts, "botsorhel")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("pas un nombre")));
        mvc.perform(get("/campaigns/{c}/check", campaign)
                        .param("code", "desktops_excl_schools")
                        .param("a.desktops_excl_schools", "NC")
                        .with(as(accounts, "botsorhel")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("nombre"))));
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndApiClientsGet401() throws Exception {
        for (String page : pages()) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection());
        }
        for (String api : apis()) {
            mvc.perform(get(api)).andExpect(status().isUnauthorized());
        }
    }

    @Test
    void everySignedInRoleReadsTheSynthesisPages() throws Exception {
        for (String name : new String[] {"admin", "analyste", "botsorhel", "elu"}) {
            for (String page : pages()) {
                mvc.perform(get(page).with(as(accounts, name))).andExpect(status().isOk());
            }
            for (String api : apis()) {
                mvc.perform(bearer(get(api), name)).andExpect(status().isOk());
            }
        }
    }

    @Test
    void aCorrespondentCannotReadAnotherCollectivityThroughPagesOrApi() throws Exception {
        mvc.perform(get("/campaigns/{c}/responses/{m}", campaign, morlaix).with(as(accounts, "botsorhel")))
                .andExpect(status().isForbidden());
        mvc.perform(bearer(get("/api/campaigns/{c}/responses/{m}", campaign, morlaix), "botsorhel"))
                .andExpect(status().isForbidden());
        mvc.perform(bearer(get("/api/campaigns/{c}/responses", campaign), "botsorhel"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(MORLAIX))));
        mvc.perform(get("/campaigns/{c}", campaign).with(as(accounts, "botsorhel")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Plougonven"))));
        mvc.perform(get("/campaigns/{c}/export", campaign)
                        .param("format", "csv")
                        .with(as(accounts, "botsorhel")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(MORLAIX))));
        // The demo shares its answers (as the study did): a figure's explanation lists Morlaix's.
        mvc.perform(bearer(
                        get("/api/campaigns/{c}/synthesis/figures/count.desktops_excl_schools.extrapolated", campaign),
                        "botsorhel"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Morlaix")));
        // In a confidential territory, neither the synthesis nor an explanation names another.
        confidential(() -> {
            mvc.perform(get("/campaigns/{c}/synthesis", campaign).with(as(accounts, "botsorhel")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Postes fixes")))
                    .andExpect(content()
                            .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Plougonven"))));
            mvc.perform(bearer(
                            get(
                                    "/api/campaigns/{c}/synthesis/figures/count.desktops_excl_schools.extrapolated",
                                    campaign),
                            "botsorhel"))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Morlaix"))));
        });
    }

    @Test
    void aCorrespondentCannotChangeAnotherCollectivityThroughPagesOrApi() throws Exception {
        String before = campaigns
                .response(campaign, morlaix, account("admin"))
                .answers()
                .toString();
        mvc.perform(post("/campaigns/{c}/responses/{m}", campaign, morlaix)
                        .param("version", "1")
                        .param("a.desktops_excl_schools", "0")
                        .with(as(accounts, "botsorhel"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(bearer(
                        put("/api/campaigns/{c}/responses/{m}", campaign, morlaix)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\":1,\"answers\":{\"desktops_excl_schools\":\"0\"}}"),
                        "botsorhel"))
                .andExpect(status().isForbidden());
        assertThat(campaigns
                        .response(campaign, morlaix, account("admin"))
                        .answers()
                        .toString())
                .isEqualTo(before);
    }

    @Test
    void aCorrespondentEditsTheirOwnResponseAndStaleVersionsAreRefused() throws Exception {
        long validated =
                campaigns.response(open2026, botsorhel2026, account("admin")).version();
        // A validated response is the EPCI's: the correspondent asks for it back.
        mvc.perform(bearer(
                        put("/api/campaigns/{c}/responses/{b}", open2026, botsorhel2026)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\":" + validated
                                        + ",\"answers\":{\"desktops_excl_schools\":\"1\"}}"),
                        "botsorhel"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("validée")));
        String giveBack = "{\"version\":" + validated + ",\"comment\":\"Durée de vie ?\"}";
        mvc.perform(bearer(
                        post("/api/campaigns/{c}/responses/{b}/return", open2026, botsorhel2026)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(giveBack),
                        "botsorhel"))
                .andExpect(status().isForbidden());
        mvc.perform(bearer(
                        post("/api/campaigns/{c}/responses/{b}/return", open2026, botsorhel2026)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(giveBack),
                        "analyste"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("RETURNED")));
        long version =
                campaigns.response(open2026, botsorhel2026, account("admin")).version();
        mvc.perform(bearer(
                        put("/api/campaigns/{c}/responses/{b}", open2026, botsorhel2026)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\":" + version + ",\"answers\":{\"desktops_excl_schools\":\"1\","
                                        + "\"laptops_excl_schools\":\"1\",\"avg_lifespan_years\":\"NC\"}}"),
                        "botsorhel"))
                .andExpect(status().isOk());
        mvc.perform(bearer(
                        put("/api/campaigns/{c}/responses/{b}", open2026, botsorhel2026)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\":" + version + ",\"answers\":{\"desktops_excl_schools\":\"9\","
                                        + "\"laptops_excl_schools\":\"1\"}}"),
                        "botsorhel"))
                .andExpect(status().isConflict());
        mvc.perform(bearer(
                        put("/api/campaigns/{c}/responses/{b}", open2026, botsorhel2026)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\":" + (version + 1)
                                        + ",\"answers\":{\"desktops_excl_schools\":\"-2\","
                                        + "\"laptops_excl_schools\":\"1\"}}"),
                        "botsorhel"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void onlyStaffImportExcludeAndOpenCampaigns() throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "a.csv",
                "text/csv",
                "code,desktops_excl_schools,laptops_excl_schools\n29014,1,1\n".getBytes(StandardCharsets.UTF_8));
        for (String name : new String[] {"botsorhel", "elu"}) {
            mvc.perform(multipart("/campaigns/{c}/import", campaign)
                            .file(file)
                            .with(as(accounts, name))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(bearer(multipart("/api/campaigns/{c}/import", campaign).file(file), name))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/campaigns/{c}/exclusions", campaign)
                            .param("collectivityId", String.valueOf(botsorhel))
                            .param("indicatorCode", "os_xp")
                            .param("reason", "r")
                            .with(as(accounts, name))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(bearer(
                            post("/api/campaigns/{c}/exclusions", campaign)
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"collectivityId\":" + botsorhel
                                            + ",\"indicatorCode\":\"os_xp\",\"reason\":\"r\"}"),
                            name))
                    .andExpect(status().isForbidden());
            long exclusion = campaigns.exclusions(campaign).get(0).id();
            mvc.perform(get("/campaigns/{c}/exclusions/{e}/remove", campaign, exclusion)
                            .with(as(accounts, name)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/campaigns/{c}/exclusions/{e}/remove", campaign, exclusion)
                            .with(as(accounts, name))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/campaigns/{c}/bands", campaign)
                            .param("thresholds", "2000")
                            .param("lifespans", "6,5")
                            .param("otherLifespan", "5")
                            .with(as(accounts, name))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(bearer(delete("/api/campaigns/{c}/exclusions/{e}", campaign, exclusion), name))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/campaigns")
                            .param("territoryId", "1")
                            .param("name", "x")
                            .param("censusDate", "2026-01-01")
                            .param("thresholds", "1000")
                            .param("lifespans", "8,5")
                            .param("otherLifespan", "5")
                            .with(as(accounts, name))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(campaigns.exclusions(campaign)).hasSize(1);
        assertThat(campaigns.get(campaign).bands().thresholds()).containsExactly(1000, 5000);
    }

    @Test
    void anAnalystChangesTheStrataAndTheWeightsFollow() throws Exception {
        mvc.perform(post("/campaigns/{c}/bands", campaign)
                        .param("thresholds", "2000")
                        .param("lifespans", "6,5")
                        .param("otherLifespan", "5")
                        .with(as(accounts, "analyste"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/campaigns/{c}/representativity", campaign).with(as(accounts, "elu")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("&lt; 2 000 hab.")));
        mvc.perform(post("/campaigns/{c}/bands", campaign)
                        .param("thresholds", "5000,1000")
                        .param("lifespans", "8,5,5")
                        .param("otherLifespan", "5")
                        .with(as(accounts, "analyste"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("croissants")));
        mvc.perform(post("/campaigns/{c}/bands", campaign)
                        .param("thresholds", "1000,5000")
                        .param("lifespans", "8,5,5")
                        .param("otherLifespan", "5")
                        .with(as(accounts, "analyste"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anImportWithErrorsListsThemAllThroughTheApiAndChangesNothing() throws Exception {
        String before = campaigns.responses(open2026, account("admin")).toString();
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "bad.csv",
                "text/csv",
                "code,desktops_excl_schools,os_xp\n29014,x,1\n12345,1,-1\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(bearer(multipart("/api/campaigns/{c}/import", open2026).file(file), "analyste"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("12345")));
        mvc.perform(multipart("/campaigns/{c}/import", open2026)
                        .file(file)
                        .with(as(accounts, "analyste"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("rien n’a été importé")));
        assertThat(campaigns.responses(open2026, account("admin")).toString()).isEqualTo(before);
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/campaigns/{c}/responses/{b}", campaign, botsorhel)
                        .param("version", "1")
                        .with(as(accounts, "admin")))
                .andExpect(status().isForbidden());
    }

    private String[] pages() {
        return new String[] {
            "/",
            "/campaigns",
            "/campaigns/" + campaign,
            "/campaigns/" + campaign + "/synthesis",
            "/campaigns/" + campaign + "/representativity",
            "/campaigns/" + campaign + "/exclusions",
            "/campaigns/" + campaign + "/synthesis/figures/count.desktops_excl_schools.extrapolated",
            "/campaigns/" + campaign + "/responses/" + botsorhel,
            "/campaigns/" + campaign + "/export?format=ods"
        };
    }

    private String[] apis() {
        return new String[] {
            "/api/campaigns",
            "/api/campaigns/" + campaign,
            "/api/campaigns/" + campaign + "/questionnaire",
            "/api/campaigns/" + campaign + "/responses",
            "/api/campaigns/" + campaign + "/responses/" + botsorhel,
            "/api/campaigns/" + campaign + "/exclusions",
            "/api/campaigns/" + campaign + "/synthesis",
            "/api/campaigns/" + campaign + "/synthesis/figures/count.desktops_excl_schools.extrapolated"
        };
    }

    private CurrentUser account(String name) {
        return accounts.find(name).orElseThrow();
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B bearer(B request, String name) {
        return request.header("Authorization", "Bearer " + tokens.get(name));
    }

    private long code(CampaignSummary demo, String code) {
        return territories.collectivities(demo.territoryId()).stream()
                .filter(c -> c.code().equals(code))
                .mapToLong(CollectivityView::id)
                .findFirst()
                .orElseThrow();
    }
}
