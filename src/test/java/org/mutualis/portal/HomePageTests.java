package org.mutualis.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.LANNEANOU;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.AnswerSubmission;
import org.mutualis.census.BandSettings;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.census.NewCampaign;
import org.mutualis.census.ThemeVersion;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.shared.Clocks;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritoryCsv;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The home page of each role, as each one reads it: a correspondent's questionnaires with their
 * state, deadline and one button; the staff's work (to validate, late, reminders); where the
 * territory stands for an elected official; and a correspondent of another EPCI sees nothing of
 * this one, on the home page, the territories and the campaigns.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class HomePageTests {

    private static final AtomicInteger YEAR = new AtomicInteger(2150);
    private static final CurrentUser STAFF = CensusFixture.STAFF;

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

    CensusFixture.Loaded study;
    CampaignSummary current;
    CurrentUser botsorhel;
    TerritorySummary elsewhere;
    CampaignSummary elsewhereCampaign;
    CurrentUser foreigner;

    @BeforeEach
    void world() {
        study = CensusFixture.study2012(territories, campaigns, files, false);
        LocalDate today = LocalDate.now(Clocks.ZONE);
        current = campaigns.open(
                new NewCampaign(
                        study.territory().id(),
                        List.of(new ThemeVersion("infrastructure", 1)),
                        "Suivi " + study.territory().referenceYear(),
                        LocalDate.of(2013, 3, 1),
                        today.minusDays(20),
                        today.plusDays(5),
                        BandSettings.study2012()),
                STAFF);
        botsorhel = TestUsers.create(
                accounts, Role.CORRESPONDENT, study.collectivity(BOTSORHEL).id());

        int year = YEAR.incrementAndGet();
        String csv = "code,name,kind,population\n29239,Roscoff,commune,3400\n"
                + "29259,Saint-Pol-de-Léon,commune,6500\n242900645,CC Haut-Léon Communauté,epci,\n";
        elsewhere = territories.create(
                "242900645",
                "Haut-Léon (accueil " + year + ")",
                "CC",
                year,
                "tests",
                TerritoryCsv.read(new StringReader(csv), year));
        elsewhereCampaign = campaigns.open(
                NewCampaign.of(
                        elsewhere.id(),
                        "infrastructure",
                        1,
                        "Haut-Léon " + year,
                        LocalDate.of(2013, 3, 1),
                        BandSettings.study2012()),
                STAFF);
        foreigner = TestUsers.create(
                accounts,
                Role.CORRESPONDENT,
                territories.collectivities(elsewhere.id()).get(0).id());
    }

    private String page(String path, RequestPostProcessor user) throws Exception {
        var response = mvc.perform(get(path).with(user)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private String home(CurrentUser user) throws Exception {
        return page("/", as(user));
    }

    @Test
    void aCorrespondentSeesTheirQuestionnaireItsStateTheDeadlineAndOneButton() throws Exception {
        long own = study.collectivity(BOTSORHEL).id();
        String fill = "/campaigns/" + current.id() + "/responses/" + own;
        campaigns.close(study.campaign().id(), STAFF);

        String html = home(botsorhel);
        assertThat(html).contains("Le recensement — Botsorhel");
        assertThat(html).contains(current.name()).contains("à remplir");
        assertThat(html).contains("encore 5 jours");
        assertThat(html).contains("href=\"" + fill + "\"").contains("Remplir le questionnaire");
        // The 2012 census, answered by the study's file: a past questionnaire to read again.
        assertThat(html)
                .contains("Questionnaires précédents")
                .contains(study.campaign().name());
        assertThat(html).contains("href=\"/aide/correspondant\"");

        var draft = campaigns.save(
                current.id(), own, new AnswerSubmission(Map.of("desktops_excl_schools", "3"), null, 0), botsorhel);
        html = home(botsorhel);
        assertThat(html).contains("brouillon enregistré le").contains(">Reprendre<");
        assertThat(html).doesNotContain("Remplir le questionnaire");

        campaigns.submit(
                current.id(),
                own,
                new AnswerSubmission(
                        Map.of("desktops_excl_schools", "3", "laptops_excl_schools", "NC"), null, draft.version()),
                botsorhel);
        html = home(botsorhel);
        assertThat(html).contains("transmis, en attente de validation").contains(">Voir ma réponse<");
    }

    @Test
    void aCorrespondentHasNoLinkToTheApiNorToTokensButHasTheGuide() throws Exception {
        String html = home(botsorhel);
        assertThat(html).doesNotContain("href=\"/api/docs\"").doesNotContain("href=\"/account/tokens\"");
        assertThat(html).contains("href=\"/aide\"");
        assertThat(home(TestUsers.create(accounts, Role.ANALYST))).contains("href=\"/api/docs\"");
    }

    @Test
    void aCorrespondentOfAnotherEpciSeesNothingOfThisTerritory() throws Exception {
        String home = home(foreigner);
        assertThat(home).contains(elsewhereCampaign.name());
        assertThat(home).doesNotContain(study.territory().name()).doesNotContain(current.name());

        String list = page("/territories", as(foreigner));
        assertThat(list)
                .contains(elsewhere.name())
                .doesNotContain(study.territory().name());

        String campaignsPage = page("/campaigns", as(foreigner));
        assertThat(campaignsPage).contains(elsewhereCampaign.name());
        assertThat(campaignsPage)
                .doesNotContain(current.name())
                .doesNotContain(study.campaign().name());

        // And Botsorhel's correspondent sees their own territory, not Haut-Léon.
        assertThat(page("/territories", as(botsorhel)))
                .contains(study.territory().name())
                .doesNotContain(elsewhere.name());
        assertThat(page("/campaigns", as(botsorhel))).doesNotContain(elsewhereCampaign.name());
    }

    @Test
    void theStaffSeeWhatToValidateWhoIsLateAndTheResponseRate() throws Exception {
        long lanneanou = study.collectivity(LANNEANOU).id();
        CurrentUser correspondent = TestUsers.create(accounts, Role.CORRESPONDENT, lanneanou);
        campaigns.submit(
                current.id(),
                lanneanou,
                new AnswerSubmission(Map.of("desktops_excl_schools", "3", "laptops_excl_schools", "NC"), null, 0),
                correspondent);
        int members = (int) campaigns.responses(current.id(), STAFF).stream()
                .filter(r -> !r.collectivity().merged())
                .count();

        String html = home(TestUsers.create(accounts, Role.ANALYST));
        assertThat(html).contains("<h1>À faire</h1>");
        assertThat(html).contains(current.name());
        assertThat(html).contains("Réponses à valider (1)");
        assertThat(html).contains("href=\"/campaigns/" + current.id() + "/responses/" + lanneanou + "\"");
        // Five days before the deadline, everyone who has not sent a response is late.
        assertThat(html).contains("Collectivités en retard (" + (members - 1) + ")");
        assertThat(html).contains("1 collectivités sur " + members + " ont répondu");
        assertThat(html).contains("href=\"/campaigns/" + current.id() + "#import-h\"");
        // The closed and far-off campaigns are not work to do; the 2012 census has no deadline.
        assertThat(html).contains("Pas de date limite");
    }

    @Test
    void anElectedOfficialSeesTheResponseRateKeyFiguresWithTheirConfidenceAndWhatChanged() throws Exception {
        // The census under way, compared with the 2012 one.
        long lanneanou = study.collectivity(LANNEANOU).id();
        campaigns.submit(
                current.id(),
                lanneanou,
                new AnswerSubmission(Map.of("desktops_excl_schools", "3", "laptops_excl_schools", "NC"), null, 0),
                STAFF);
        CurrentUser elected = TestUsers.create(accounts, Role.ELECTED);
        String html = page("/?territory=" + study.territory().id(), as(elected));
        assertThat(html).contains("Où en est le territoire");
        assertThat(html).contains(study.territory().name() + " — " + current.name());
        assertThat(html).contains("Taux de réponse").contains("Population couverte");
        assertThat(html).contains("Chiffres clés").contains("Estimé pour le territoire");
        // One answer out of 29: the estimates cannot be trusted, and the page says so.
        assertThat(html).contains("confidence-low").contains("faible");
        assertThat(html).contains("Ce qui a changé depuis « " + study.campaign().name() + " »");
        assertThat(html)
                .contains("href=\"/campaigns/" + current.id() + "/compare?with="
                        + study.campaign().id() + "\"");
        assertThat(html).contains("data-action=\"print\"");
        assertThat(html).doesNotContain(elsewhereCampaign.name());
    }

    @Test
    void theGuideIsServedInFrenchWithItsLinksInTheApplication() throws Exception {
        String index = page("/aide", as(botsorhel));
        assertThat(index).contains("<h1>Aide de Mutualis</h1>");
        assertThat(index).contains("href=\"/aide/correspondant\"").contains("href=\"/aide/elu\"");
        String guide = page("/aide/correspondant", as(botsorhel));
        assertThat(guide).contains("Enregistrer le brouillon").contains("NC");
        assertThat(guide).contains("<title>Remplir le questionnaire de recensement — Aide — Mutualis</title>");
        assertThat(page("/aide/elu", as(TestUsers.create(accounts, Role.ELECTED))))
                .contains("secret statistique");
        assertThat(mvc.perform(get("/aide/inconnue").with(as(botsorhel)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/aide/..%2Fapplication").with(as(botsorhel)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(400, 404);
    }
}
