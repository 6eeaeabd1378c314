package org.mutualis.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
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
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An administrator writes a new questionnaire version, publishes it, and campaigns run it; a
 * published version never changes. The context is this class's own (the property), so that the
 * versions written here never reach another class's campaigns.
 */
@MutualisDbTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "mutualis.test.context=questionnaires")
class QuestionnairesTests {

    private static final CurrentUser ADMIN = CensusFixture.STAFF;
    private static final CurrentUser ANALYST = new CurrentUser(0, "analyst", "Analyst", Role.ANALYST, null);

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Territories territories;

    @Autowired
    AnswerFiles files;

    @Autowired
    Accounts accounts;

    @Autowired
    MockMvc mvc;

    @Test
    void anAdministratorWritesVersion3AndACampaignRunsItWhileVersion2StaysAsItWas() {
        CensusFixture.Loaded study = CensusFixture.study2012(territories, campaigns, files, false);
        long territory = study.territory().id();
        Questionnaire v2 = Catalogue.load("infrastructure", 2);
        CampaignSummary onV2 = open(territory, "infrastructure", 2);

        QuestionnaireVersion draft = questionnaires.draftFrom("infrastructure", ADMIN);
        assertThat(draft.version()).isEqualTo(3);
        assertThat(draft.draft()).isTrue();
        assertThat(questionnaires.load("infrastructure", 3).questions())
                .extracting(Question::code)
                .containsExactlyElementsOf(
                        v2.questions().stream().map(Question::code).toList());
        // A draft is not asked by campaigns, and the latest version stays 2.
        assertThatThrownBy(() -> open(territory, "infrastructure", 3))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("n'est pas publiée");
        assertThat(questionnaires.latest("infrastructure").version()).isEqualTo(2);

        questionnaires.reword(
                "infrastructure",
                3,
                "desktops_excl_schools",
                "Nombre d'ordinateurs fixes des services",
                "Number of the services' desktops",
                "Clients légers compris ; écoles et cyber-commune à part.",
                ADMIN);
        questionnaires.move("infrastructure", 3, "laptops_excl_schools", true, ADMIN);
        assertThatThrownBy(() -> questionnaires.move("infrastructure", 3, "laptops_excl_schools", true, ADMIN))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("déjà la première");

        // An indicator the draft does not ask and no other theme asks: one v2 leaves out if the
        // catalogue has any, else one taken out of the draft first.
        List<String> addable = questionnaires.addableIndicators("infrastructure", 3, ADMIN).stream()
                .map(Indicator::code)
                .toList();
        String indicator;
        if (addable.isEmpty()) {
            questionnaires.remove("infrastructure", 3, "video_projectors", ADMIN);
            addable = questionnaires.addableIndicators("infrastructure", 3, ADMIN).stream()
                    .map(Indicator::code)
                    .toList();
            assertThat(addable).containsExactly("video_projectors");
            indicator = "video_projectors";
        } else {
            indicator = addable.get(0);
        }
        assertThat(addable).doesNotContain("tel_fixed_analog_lines", "desktops_excl_schools");
        assertThatThrownBy(() -> questionnaires.add(
                        "infrastructure", 3, "desktops_excl_schools", "", "", "Aide", false, true, ADMIN))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("déjà demandé par cette version");
        String telecomIndicator = Catalogue.latest("telecom").questions().get(0).indicatorCode();
        assertThatThrownBy(() ->
                        questionnaires.add("infrastructure", 3, telecomIndicator, "", "", "Aide", false, true, ADMIN))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("thème « telecom »");
        Question added = questionnaires.add(
                "infrastructure",
                3,
                indicator,
                "Vidéoprojecteurs et écrans interactifs",
                "Video projectors and interactive screens",
                "Comptez aussi les écrans interactifs des salles de réunion.",
                false,
                true,
                ADMIN);

        QuestionnaireVersion published = questionnaires.publish("infrastructure", 3, ADMIN);
        assertThat(published.published()).isTrue();
        assertThat(questionnaires.latest("infrastructure").version()).isEqualTo(3);
        assertThat(questionnaires.themes())
                .filteredOn(t -> t.theme().equals("infrastructure"))
                .singleElement()
                .satisfies(t -> assertThat(t.versions()).containsExactly(1, 2, 3));

        CampaignSummary onV3 = open(territory, "infrastructure", 3);
        Questionnaire asked = campaigns.questionnaire(onV3.id());
        assertThat(asked.version()).isEqualTo(3);
        assertThat(asked.questions())
                .extracting(Question::code)
                .startsWith("laptops_excl_schools", "desktops_excl_schools");
        assertThat(asked.questions().get(1).labelFr()).isEqualTo("Nombre d'ordinateurs fixes des services");
        assertThat(asked.questions().get(asked.questions().size() - 1)).satisfies(q -> {
            assertThat(q.code()).isEqualTo(added.code());
            assertThat(q.labelFr()).isEqualTo("Vidéoprojecteurs et écrans interactifs");
            assertThat(q.integer()).isTrue();
        });
        assertThat(asked.questions()).hasSize(v2.questions().size() + (addable.size() == 1 ? 0 : 1));
        // Positions run 1, 2, 3… without gaps.
        assertThat(asked.questions()).extracting(Question::position).first().isEqualTo(1);
        assertThat(asked.questions().get(asked.questions().size() - 1).position())
                .isEqualTo(asked.questions().size());

        // Version 2 and its campaign are untouched.
        assertThat(campaigns.themes(onV2.id())).singleElement().isSameAs(v2);
        assertThat(questionnaires.load("infrastructure", 2)).isSameAs(v2);
        assertThat(v2.questions().get(0).code()).isEqualTo("desktops_excl_schools");
    }

    @Test
    void aPublishedVersionRefusesEveryChange() {
        QuestionnaireVersion draft = questionnaires.draftFrom("printing", ADMIN);
        int v = draft.version();
        String code = questionnaires.load("printing", v).questions().get(0).code();
        assertThatThrownBy(() -> questionnaires.draftFrom("printing", ADMIN))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("déjà en cours d'écriture");
        questionnaires.publish("printing", v, ADMIN);

        assertThatThrownBy(() -> questionnaires.reword("printing", v, code, "a", "b", "c", ADMIN))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("est publiée : elle ne change plus");
        assertThatThrownBy(() -> questionnaires.move("printing", v, code, false, ADMIN))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("est publiée");
        assertThatThrownBy(() -> questionnaires.remove("printing", v, code, ADMIN))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("est publiée");
        assertThatThrownBy(() -> questionnaires.publish("printing", v, ADMIN))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("est publiée");
        // Built-in versions are published too.
        assertThatThrownBy(() -> questionnaires.reword("printing", 1, code, "a", "b", "c", ADMIN))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("est publiée");
    }

    @Test
    void aDraftThatBreaksTheCatalogueRulesIsNotPublished() {
        QuestionnaireVersion draft = questionnaires.draftFrom("telecom", ADMIN);
        int v = draft.version();
        for (Question q : questionnaires.load("telecom", v).questions()) {
            questionnaires.remove("telecom", v, q.code(), ADMIN);
        }
        assertThatThrownBy(() -> questionnaires.publish("telecom", v, ADMIN))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("sans question");
        assertThat(questionnaires.isPublished("telecom", v)).isFalse();
        assertThatThrownBy(() -> questionnaires.reword("telecom", v, "nope", "a", "b", "c", ADMIN))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyAdministratorsWriteVersions() throws Exception {
        assertThatThrownBy(() -> questionnaires.draftFrom("software", ANALYST))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionnaires.versions(ANALYST)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionnaires.publish("software", 1, ANALYST))
                .isInstanceOf(AccessDeniedException.class);
        int versions = questionnaires.versions(ADMIN).size();

        for (Role role : new Role[] {Role.ANALYST, Role.ELECTED}) {
            CurrentUser someone = TestUsers.create(accounts, role);
            var principal = as(someone);
            mvc.perform(get("/admin/questionnaires").with(principal)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/questionnaires/infrastructure/2").with(principal))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/questionnaires/software/drafts")
                            .with(principal)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            String token = accounts.issueToken(someone.id(), "test").secret();
            mvc.perform(get("/api/questionnaires").header("Authorization", "Bearer " + token))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/questionnaires/software/drafts").header("Authorization", "Bearer " + token))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/questionnaires/software/1/publish").header("Authorization", "Bearer " + token))
                    .andExpect(status().isForbidden());
        }
        assertThat(questionnaires.versions(ADMIN)).hasSize(versions);
    }

    @Test
    void administratorsUseThePagesAndTheApi() throws Exception {
        CurrentUser admin = TestUsers.create(accounts, Role.ADMIN);
        var principal = as(admin);
        mvc.perform(get("/admin/questionnaires").with(principal)).andExpect(status().isOk());
        mvc.perform(get("/admin/questionnaires/infrastructure/2").with(principal))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/questionnaires/software/drafts").with(principal))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/questionnaires/software/9").with(principal)).andExpect(status().isNotFound());
        String token = accounts.issueToken(admin.id(), "test").secret();
        mvc.perform(get("/api/questionnaires").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.theme == 'software')].version").isNotEmpty());
        mvc.perform(post("/api/questionnaires/software/drafts").header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.published").value(false));
        mvc.perform(get("/admin/questionnaires/software/2").with(principal)).andExpect(status().isOk());
        mvc.perform(get("/admin/questionnaires/software/2/publish").with(principal))
                .andExpect(status().isOk());
        String first = questionnaires.load("software", 2).questions().get(0).code();
        mvc.perform(get("/admin/questionnaires/software/2/questions/{c}/remove", first)
                        .with(principal))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/questionnaires/software/2/questions/{c}/move", first)
                        .param("direction", "down")
                        .with(principal)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/questionnaires/software/2/questions/{c}/move", first)
                        .param("direction", "down")
                        .with(principal)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(questionnaires.load("software", 2).questions().get(2).code()).isEqualTo(first);
        mvc.perform(post("/api/questionnaires/software/2/publish").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(true));
        mvc.perform(get("/api/questionnaires/software/2").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questions[2].code").value(first));
        mvc.perform(post("/admin/questionnaires/software/2/questions/{c}/remove", first)
                        .with(principal)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("elle ne change plus")));
        mvc.perform(post("/api/questionnaires/software/2/publish").header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("est publiée")));
    }

    private CampaignSummary open(long territory, String theme, int version) {
        return campaigns.open(
                NewCampaign.of(
                        territory,
                        theme,
                        version,
                        theme + " v" + version + " " + System.nanoTime(),
                        LocalDate.of(2026, 3, 1),
                        BandSettings.study2012()),
                ADMIN);
    }
}
