package org.mutualis.analysis.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.BandSettings;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.census.NewCampaign;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The follow-up page counts who answered per stratum and warns about strata nobody answered. */
@MutualisDbTest
@AutoConfigureMockMvc
class FollowUpPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Test
    void aNewCampaignWarnsThatNoStratumCanBeExtrapolatedYet() throws Exception {
        CensusFixture.Loaded study = CensusFixture.study2012(territories, campaigns, files, false);
        CampaignSummary next = relaunch(study);
        var analyst = as(new CurrentUser(1, "a", "A", Role.ANALYST, null));
        mvc.perform(get("/campaigns/{id}/follow-up", next.id()).with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aucune des 12 collectivités")))
                .andExpect(content().string(containsString("Lannéanou")));
        mvc.perform(get("/campaigns/{id}/follow-up", study.campaign().id()).with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("8 (28 %)")));
        var correspondent = as(new CurrentUser(
                2, "c", "C", Role.CORRESPONDENT, study.collectivity(BOTSORHEL).id()));
        mvc.perform(get("/campaigns/{id}/follow-up", next.id()).with(correspondent))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCollectivitiesWithoutAnswerAreSearchedByNameAndStatus() throws Exception {
        CensusFixture.Loaded study = CensusFixture.study2012(territories, campaigns, files, false);
        CampaignSummary next = relaunch(study);
        var analyst = as(new CurrentUser(1, "a", "A", Role.ANALYST, null));
        // Nobody answered yet: every collectivité is listed, the count first, accents ignored.
        mvc.perform(get("/campaigns/{id}/follow-up", next.id())
                        .param("q", "lanneanou")
                        .with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 collectivité ; ici de la 1e à la 1e.")))
                .andExpect(content().string(containsString("Lannéanou")))
                .andExpect(content().string(not(containsString(">Botsorhel<"))));
        mvc.perform(get("/campaigns/{id}/follow-up", next.id())
                        .param("status", "RETURNED")
                        .with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucune collectivité ne correspond.")));
        // 29 collectivités fit on one page: no page links.
        mvc.perform(get("/campaigns/{id}/follow-up", next.id()).with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Page suivante"))));
    }

    /** The study's census opened again a year later, nobody having answered yet. */
    private CampaignSummary relaunch(CensusFixture.Loaded study) {
        return campaigns.open(
                NewCampaign.of(
                        study.territory().id(),
                        "infrastructure",
                        1,
                        "Relance",
                        study.campaign().censusDate().plusYears(1),
                        BandSettings.study2012()),
                CensusFixture.STAFF);
    }
}
