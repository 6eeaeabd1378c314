package org.mutualis.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.analysis.domain.ObjectivePriority;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.BandSettings;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.census.ExclusionView;
import org.mutualis.census.NewCampaign;
import org.mutualis.census.ThemeVersion;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.territory.AnswerPolicy;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The territory's answer policy as the services apply it (docs/confidentiality.md): exclusions,
 * priorities and the policy form, under « réponses confidentielles » (the default) and « réponses
 * partagées entre membres ».
 */
@MutualisDbTest
@AutoConfigureMockMvc
class ConfidentialityPolicyTests {

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    CampaignPriorities priorities;

    @Autowired
    MockMvc mvc;

    CensusFixture.Loaded study;
    CurrentUser botsorhel;

    @BeforeEach
    void load() {
        study = CensusFixture.study2012(territories, campaigns, files, true);
        botsorhel = TestUsers.correspondentOf(study.collectivity(BOTSORHEL).id());
    }

    @Test
    void aNewTerritoryIsConfidential() {
        assertThat(study.territory().answerPolicy()).isEqualTo(AnswerPolicy.CONFIDENTIAL);
        assertThat(territories.find(study.territory().id()).orElseThrow().answerPolicy())
                .isEqualTo(AnswerPolicy.CONFIDENTIAL);
    }

    @Test
    void exclusionReasonsAreTheReadersOwnUnlessTheTerritorySharesItsAnswers() {
        long campaign = study.campaign().id();
        assertThat(campaigns.exclusions(campaign, botsorhel)).isEmpty();
        CurrentUser morlaix =
                TestUsers.correspondentOf(study.collectivity(MORLAIX).id());
        assertThat(campaigns.exclusions(campaign, morlaix))
                .extracting(ExclusionView::collectivityCode)
                .containsExactly(MORLAIX);
        assertThat(campaigns.exclusions(campaign, CensusFixture.STAFF)).hasSize(1);

        territories.changeAnswerPolicy(study.territory().id(), AnswerPolicy.SHARED);
        assertThat(campaigns.exclusions(campaign, botsorhel))
                .extracting(ExclusionView::reason)
                .containsExactly("PC aussi sous Office 2003");
    }

    @Test
    void theRankingsNameNobodyElseToACorrespondentOfAConfidentialTerritory() throws Exception {
        CampaignSummary software = campaigns.open(
                new NewCampaign(
                        study.territory().id(),
                        List.of(new ThemeVersion("software", 1)),
                        "Progiciels (confidentialité)",
                        LocalDate.of(2012, 3, 1),
                        null,
                        null,
                        BandSettings.study2012()),
                CensusFixture.STAFF);
        try (InputStream answers = new ClassPathResource("census/demo/progiciels-2012.csv").getInputStream()) {
            files.importAnswers(software.id(), "progiciels-2012.csv", answers, CensusFixture.STAFF);
        }
        CampaignPriorities.Ranking seen = priorities.of(software.id(), botsorhel);
        assertThat(seen.details()).isFalse();
        assertThat(seen.result().rankers()).containsOnly("");
        assertThat(seen.result().objectives())
                .allSatisfy(o -> assertThat(o.borda().terms()).isEmpty());
        CampaignPriorities.Ranking all = priorities.of(software.id(), CensusFixture.STAFF);
        assertThat(all.result().rankers()).doesNotContain("");

        territories.changeAnswerPolicy(study.territory().id(), AnswerPolicy.SHARED);
        CampaignPriorities.Ranking shared = priorities.of(software.id(), botsorhel);
        assertThat(shared.details()).isTrue();
        assertThat(shared.result().objectives())
                .extracting(ObjectivePriority::bordaPoints)
                .isEqualTo(all.result().objectives().stream()
                        .map(ObjectivePriority::bordaPoints)
                        .toList());
    }

    @Test
    void theStaffChooseThePolicyOnTheTerritoryPageAfterAConfirmation() throws Exception {
        long id = study.territory().id();
        CurrentUser analyst = TestUsers.someone(Role.ANALYST);
        mvc.perform(get("/territories/{id}", id).with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Réponses confidentielles")))
                .andExpect(content().string(containsString("action=\"/territories/" + id + "/policy\"")));
        mvc.perform(get("/territories/{id}/policy", id)
                        .param("policy", "SHARED")
                        .with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Confirmer ce choix")));
        // Nothing changed before the confirmation.
        assertThat(territories.find(id).orElseThrow().answerPolicy()).isEqualTo(AnswerPolicy.CONFIDENTIAL);
        mvc.perform(post("/territories/{id}/policy", id)
                        .param("policy", "SHARED")
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(territories.find(id).orElseThrow().answerPolicy()).isEqualTo(AnswerPolicy.SHARED);
        mvc.perform(get("/territories/{id}", id).with(as(botsorhel)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Réponses partagées entre membres")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/policy\""))));
    }

    @Test
    void aCorrespondentOrAnElectedOfficialCannotChangeThePolicyAndAnUnknownOneIsRefused() throws Exception {
        long id = study.territory().id();
        for (CurrentUser user : List.of(botsorhel, TestUsers.someone(Role.ELECTED))) {
            mvc.perform(post("/territories/{id}/policy", id)
                            .param("policy", "SHARED")
                            .with(as(user))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/territories/{id}/policy", id)
                        .param("policy", "PUBLIC")
                        .with(as(TestUsers.someone(Role.ADMIN)))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Politique de confidentialité inconnue")));
        assertThat(territories.find(id).orElseThrow().answerPolicy()).isEqualTo(AnswerPolicy.CONFIDENTIAL);
    }
}
