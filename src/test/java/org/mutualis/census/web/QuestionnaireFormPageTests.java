package org.mutualis.census.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mutualis.StudyCodes.LANNEANOU;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.BandSettings;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.census.NewCampaign;
import org.mutualis.census.ThemeVersion;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.shared.AnswerValue;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The four-theme answer form as the server sees it: steps and French controls in the page, « Non
 * communiqué » as a box, skip logic respected on save, live checks between answers.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class QuestionnaireFormPageTests {

    private static final AtomicInteger DAY = new AtomicInteger(1);

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

    long campaign;
    long lanneanou;
    CurrentUser analyst;

    @BeforeEach
    void fourThemes() {
        CensusFixture.Loaded study = CensusFixture.study2012(territories, campaigns, files, false);
        campaign = campaigns
                .open(
                        new NewCampaign(
                                study.territory().id(),
                                List.of(
                                        new ThemeVersion("infrastructure", 2),
                                        new ThemeVersion("telecom", 1),
                                        new ThemeVersion("printing", 1),
                                        new ThemeVersion("software", 1)),
                                "Recensement test " + DAY.get(),
                                LocalDate.of(2026, 1, DAY.getAndIncrement()),
                                null,
                                null,
                                BandSettings.study2012()),
                        CensusFixture.STAFF)
                .id();
        lanneanou = study.collectivity(LANNEANOU).id();
        analyst = TestUsers.create(accounts, Role.ANALYST);
    }

    @Test
    void thePageHasStepsRadiosDatesAndFrenchChoices() throws Exception {
        mvc.perform(get("/campaigns/{c}/responses/{r}", campaign, lanneanou).with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"step-4\"")))
                .andExpect(content().string(containsString("id=\"step-review\"")))
                .andExpect(content().string(containsString("Relecture et envoi")))
                .andExpect(content().string(containsString("Enregistrer et continuer plus tard")))
                .andExpect(content().string(containsString("type=\"radio\" name=\"a.backup_nas\" value=\"oui\"")))
                .andExpect(content().string(containsString("Chaque semaine")))
                .andExpect(content().string(containsString("Service en ligne, par abonnement")))
                .andExpect(content().string(not(containsString(">weekly<"))))
                .andExpect(content().string(containsString("type=\"date\" id=\"a-tel_fixed_contract_end_date\"")))
                .andExpect(content().string(containsString("name=\"nc.desktops_excl_schools\"")))
                .andExpect(content().string(containsString("data-show-if=\"servers\"")))
                .andExpect(content().string(containsString("data-keep=\"" + campaign + "-" + lanneanou + "\"")))
                .andExpect(content().string(containsString("/js/questionnaire-steps.js")))
                .andExpect(content().string(containsString("/js/answers-keep.js")));
    }

    @Test
    void noServerMeansNoServerCostIsStoredOrRequired() throws Exception {
        mvc.perform(post("/campaigns/{c}/responses/{r}", campaign, lanneanou)
                        .param("version", "0")
                        .param("action", "save")
                        .param("a.servers", "0")
                        .param("a.avg_cost_server_eur_ht", "beaucoup")
                        .param("a.server_roles", "Fichiers")
                        .param("a.backup_frequency", "weekly")
                        .param("nc.desktops_excl_schools", "1")
                        .param("a.desktops_excl_schools", "")
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        Map<String, AnswerValue> stored =
                campaigns.response(campaign, lanneanou, analyst).answers();
        assertThat(stored)
                .containsEntry("servers", AnswerValue.of(0))
                .containsEntry("desktops_excl_schools", AnswerValue.nc())
                .containsEntry("backup_frequency", new AnswerValue.Text("weekly"))
                .doesNotContainKeys("avg_cost_server_eur_ht", "server_roles");

        // with servers, the cost is asked, and checked
        mvc.perform(post("/campaigns/{c}/responses/{r}", campaign, lanneanou)
                        .param(
                                "version",
                                String.valueOf(campaigns
                                        .response(campaign, lanneanou, analyst)
                                        .version()))
                        .param("action", "save")
                        .param("a.servers", "2")
                        .param("a.avg_cost_server_eur_ht", "beaucoup")
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"e-avg_cost_server_eur_ht\"")))
                .andExpect(content().string(containsString("value=\"beaucoup\"")));
    }

    @Test
    void theLiveCheckExplainsTheSumsInFrench() throws Exception {
        mvc.perform(get("/campaigns/{c}/check", campaign)
                        .param("cross", "1")
                        .param("a.desktops_excl_schools", "8")
                        .param("a.laptops_excl_schools", "0")
                        .param("a.os_windows_11", "9")
                        .with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-code=\"os_xp\"")))
                .andExpect(content().string(containsString("vos réponses totalisent 9 pour 8 appareils")));
        mvc.perform(get("/campaigns/{c}/check", campaign)
                        .param("code", "servers")
                        .param("a.servers", "deux")
                        .with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"live-servers\"")));
    }
}
