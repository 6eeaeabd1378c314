package org.mutualis.census.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.BandSettings;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.census.ImportRejectedException;
import org.mutualis.census.NewCampaign;
import org.mutualis.census.ThemeVersion;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 5,000-character answer, a 23-digit number, a 4,001-character comment: refused with a French
 * problem naming the field, the same way by the form, the API and an import, and nothing is
 * written; never a database error (a 500).
 */
@MutualisDbTest
@AutoConfigureMockMvc
class OverlongAnswersTests {

    static final String LONG_TEXT = "é".repeat(5000);
    static final String HUGE = "12345678901234567890123";

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    Accounts accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    CensusFixture.Loaded study;
    CampaignSummary software;
    long botsorhel;
    CurrentUser admin;
    String token;

    @BeforeEach
    void load() {
        study = CensusFixture.study2012(territories, campaigns, files, true);
        software = campaigns.open(
                new NewCampaign(
                        study.territory().id(),
                        List.of(new ThemeVersion("software", 1)),
                        "Progiciels (limites)",
                        LocalDate.of(2012, 3, 1),
                        null,
                        null,
                        BandSettings.study2012()),
                CensusFixture.STAFF);
        botsorhel = study.collectivity(BOTSORHEL).id();
        admin = TestUsers.create(accounts, Role.ADMIN);
        token = accounts.issueToken(admin.id(), "limites").secret();
    }

    @Test
    void theApiRefusesAnOverlongAnswerAHugeNumberAndAnOverlongCommentWith422() throws Exception {
        Map<String, Object> body = Map.of(
                "version",
                0,
                "answers",
                Map.of("sw_finance_publisher", LONG_TEXT, "sw_finance_maintenance_eur_ht", HUGE),
                "comment",
                "c".repeat(4001));
        MockHttpServletResponse response = mvc.perform(
                        put("/api/campaigns/{id}/responses/{c}", software.id(), botsorhel)
                                .header("Authorization", "Bearer " + token)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json.writeValueAsString(body)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        JsonNode problem = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.path("errors").path("comment").asString())
                .isEqualTo("4001 caractères : le commentaire est trop long (4000 au plus).");
        assertThat(problem.path("errors").path("sw_finance_publisher").asString())
                .isEqualTo("5000 caractères : la réponse est trop longue (1000 au plus).");
        assertThat(problem.path("errors").path("sw_finance_maintenance_eur_ht").asString())
                .contains(HUGE)
                .contains("15 chiffres au plus");
        assertThat(campaigns.response(software.id(), botsorhel, admin).given()).isFalse();
    }

    @Test
    void theFormShowsTheOverlongCommentOnTheFormAndKeepsWhatWasTyped() throws Exception {
        long morlaix = study.collectivity(MORLAIX).id();
        // The import validated it: reopen it first, as a validated response is read-only.
        long version = campaigns
                .returnForCorrection(
                        study.campaign().id(),
                        morlaix,
                        campaigns
                                .response(study.campaign().id(), morlaix, admin)
                                .version(),
                        "À corriger",
                        admin)
                .version();
        MockHttpServletResponse response = mvc.perform(
                        post("/campaigns/{id}/responses/{c}", study.campaign().id(), morlaix)
                                .with(as(admin))
                                .with(csrf())
                                .param("version", "" + version)
                                .param("a.desktops_excl_schools", HUGE)
                                .param("comment", "c".repeat(4001)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("4001 caractères : le commentaire est trop long (4000 au plus).")
                .contains("« " + HUGE + " » est trop grand : 15 chiffres au plus avant la virgule.")
                .contains("id=\"e-comment\"");
        assertThat(campaigns
                        .response(study.campaign().id(), morlaix, admin)
                        .answers()
                        .get("desktops_excl_schools"))
                .isEqualTo(AnswerValue.of(140));
    }

    @Test
    void anImportWithAnOverlongCellListsItsSheetRowAndColumnAndWritesNothing() {
        String csv = "code,sw_finance_publisher,sw_finance_maintenance_eur_ht,comment\n"
                + BOTSORHEL + "," + LONG_TEXT + ",12\n"
                + MORLAIX + ",JVS," + HUGE + "," + "c".repeat(4001) + "\n";
        assertThatThrownBy(() -> files.importAnswers(
                        software.id(),
                        "reponses.csv",
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        CensusFixture.STAFF))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.importProblems().stream()
                                        .map(p -> p.describe())
                                        .toList())
                                .anySatisfy(d -> assertThat(d)
                                        .contains("ligne 2, colonne B")
                                        .contains("la réponse est trop longue"))
                                .anySatisfy(d -> assertThat(d)
                                        .contains("ligne 3, colonne C")
                                        .contains("15 chiffres"))
                                .anySatisfy(d -> assertThat(d)
                                        .contains("ligne 3, colonne D")
                                        .contains("le commentaire est trop long")));
        assertThat(campaigns.responses(software.id(), admin)).noneMatch(r -> r.given());
    }

    @Test
    void theImportRouteAnswers422WithTheProblems() throws Exception {
        String csv = "code,sw_finance_publisher\n" + BOTSORHEL + "," + LONG_TEXT + "\n";
        MockHttpServletResponse response = mvc.perform(multipart("/api/campaigns/{id}/import", software.id())
                        .file(new MockMultipartFile(
                                "file", "reponses.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("la réponse est trop longue");
    }

    @Test
    void aReturnCommentAndAnExclusionReasonTooLongAreRefusedWithTheirField() {
        long morlaix = study.collectivity(MORLAIX).id();
        long version = campaigns.response(study.campaign().id(), morlaix, admin).version();
        assertThatThrownBy(() ->
                        campaigns.returnForCorrection(study.campaign().id(), morlaix, version, "r".repeat(2001), admin))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("comment");
                            assertThat(p.code()).isEqualTo("form.size");
                        }));
        assertThatThrownBy(() -> campaigns.exclude(study.campaign().id(), morlaix, "os_vista", "r".repeat(1001), admin))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.field()).isEqualTo("reason")));
        assertThat(campaigns.exclusions(study.campaign().id()))
                .noneMatch(x -> x.indicatorCode().equals("os_vista") && x.collectivityId() == morlaix);
    }

    @Test
    void theApiNamesTheOverlongExclusionReasonInFrench() throws Exception {
        MockHttpServletResponse response = mvc.perform(post(
                                "/api/campaigns/{id}/exclusions",
                                study.campaign().id())
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("collectivityId", botsorhel, "indicatorCode", "os_vista", "reason", LONG_TEXT))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        JsonNode problem = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.path("problems").get(0).path("field").asString()).isEqualTo("reason");
        assertThat(problem.path("problems").get(0).path("message").asString())
                .isEqualTo("Raison : 1000 caractères au plus.");
    }

    @Test
    void openingACampaignWithoutItsBandFieldsIsARefusalNotA500() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/campaigns")
                        .with(as(admin))
                        .with(csrf())
                        .param("territoryId", "" + study.territory().id())
                        .param("name", "Sans seuils")
                        .param("themes", "infrastructure")
                        .param("lifespans", "8,5,5")
                        .param("otherLifespan", "5"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Indiquez les seuils de population");
        MockHttpServletResponse noName = mvc.perform(post("/campaigns")
                        .with(as(admin))
                        .with(csrf())
                        .param("territoryId", "" + study.territory().id())
                        .param("themes", "infrastructure")
                        .param("thresholds", "1000,5000")
                        .param("lifespans", "8,5,5")
                        .param("otherLifespan", HUGE))
                .andReturn()
                .getResponse();
        assertThat(noName.getStatus()).isEqualTo(400);
    }

    @Test
    void openingACampaignOnAnUnknownThemeIsARefusalOfTheForm() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/campaigns")
                        .with(as(admin))
                        .with(csrf())
                        .param("territoryId", "" + study.territory().id())
                        .param("name", "Thème inconnu")
                        .param("themes", "astrologie")
                        .param("thresholds", "1000,5000")
                        .param("lifespans", "8,5,5")
                        .param("otherLifespan", "5"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("Le thème « astrologie » n’existe pas");
    }
}
