package org.mutualis.census.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mutualis.StudyCodes.LANNEANOU;
import static org.mutualis.StudyCodes.TAULE;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.census.ResponseStatus;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The response page and the import page say what happens: a draft does not count, the staff's «
 * Enregistrer le brouillon » keeps a draft, a validated response is read-only with a way to reopen
 * it, and an import does not overwrite validated answers unless told to.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class HonestStatusPageTests {

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
    MessageSource messages;

    long campaign;
    long lanneanou;
    long taule;
    CurrentUser analyst;

    @BeforeEach
    void study() {
        CensusFixture.Loaded study = CensusFixture.study2012(territories, campaigns, files, false);
        campaign = study.campaign().id();
        lanneanou = study.collectivity(LANNEANOU).id();
        taule = study.collectivity(TAULE).id();
        analyst = TestUsers.create(accounts, Role.ANALYST);
    }

    @Test
    void aDraftSavedByTheStaffStaysADraftAndThePageSaysItDoesNotCount() throws Exception {
        mvc.perform(post("/campaigns/{c}/responses/{r}", campaign, lanneanou)
                        .param("version", "0")
                        .param("action", "save")
                        .param("a.desktops_excl_schools", "3")
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "response.saved"));

        assertThat(campaigns.response(campaign, lanneanou, analyst).status()).isEqualTo(ResponseStatus.IN_PROGRESS);
        assertThat(campaigns.data(campaign).answers()).doesNotContainKey(LANNEANOU);
        mvc.perform(get("/campaigns/{c}/responses/{r}", campaign, lanneanou).with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("brouillon, non compté")))
                .andExpect(content()
                        .string(containsString("Brouillon : il ne compte pas dans la synthèse tant que la réponse"
                                + " n’est pas transmise à l’EPCI.")))
                .andExpect(content().string(not(containsString("la synthèse en tient compte"))));
    }

    @Test
    void theCorrespondentsDraftNoticeSaysItIsNotCounted() throws Exception {
        CurrentUser correspondent = TestUsers.create(accounts, Role.CORRESPONDENT, lanneanou);
        String notice = mvc.perform(post("/campaigns/{c}/responses/{r}", campaign, lanneanou)
                        .param("version", "0")
                        .param("action", "save")
                        .param("a.desktops_excl_schools", "3")
                        .with(as(correspondent))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .get("notice")
                .toString();
        assertThat(notice).isEqualTo("response.saved");
        assertThat(messages.getMessage(notice, null, Locale.FRENCH))
                .isEqualTo("Le brouillon est enregistré. Il ne compte pas dans la synthèse tant que la réponse n’est"
                        + " pas transmise à l’EPCI.");
        assertThat(messages.getMessage(notice, null, Locale.ENGLISH)).contains("does not count");
    }

    @Test
    void aValidatedResponseIsReadOnlyAndThePageSaysHowToReopenIt() throws Exception {
        String page = mvc.perform(
                        get("/campaigns/{c}/responses/{r}", campaign, taule).with(as(analyst)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("validée (comptée)")
                .containsPattern("<fieldset[^>]* disabled")
                .doesNotContain("value=\"save\"")
                .doesNotContain("value=\"submit\"")
                .contains("Cette réponse est validée : elle est en lecture seule. Pour la corriger, rouvrez-la avec"
                        + " « Rouvrir la réponse » ci-dessous, en disant pourquoi")
                .contains(">Rouvrir la réponse</button>")
                .contains("Pourquoi la rouvrir");
        assertThat(java.util.regex.Pattern.compile("<fieldset[^>]*>")
                        .matcher(page)
                        .results()
                        .count())
                .isEqualTo(java.util.regex.Pattern.compile("<fieldset[^>]* disabled[^>]*>")
                        .matcher(page)
                        .results()
                        .count());

        mvc.perform(get("/campaigns/{c}/responses/{r}", campaign, taule).with(as(TestUsers.correspondentOf(taule))))
                .andExpect(content()
                        .string(containsString("Cette réponse est validée par l’EPCI : elle est en lecture seule. Pour"
                                + " la corriger, demandez à l’EPCI de la rouvrir.")))
                .andExpect(content().string(not(containsString("Rouvrir la réponse</button>"))));

        // A save posted anyway is refused, and what was typed is kept on the page.
        mvc.perform(post("/campaigns/{c}/responses/{r}", campaign, taule)
                        .param(
                                "version",
                                String.valueOf(campaigns
                                        .response(campaign, taule, analyst)
                                        .version()))
                        .param("action", "save")
                        .param("a.desktops_excl_schools", "77")
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rouvrez-la d’abord")))
                .andExpect(content().string(containsString("value=\"77\"")));

        // Reopening it (with a reason) makes the form editable again.
        long version = campaigns.response(campaign, taule, analyst).version();
        mvc.perform(post("/campaigns/{c}/responses/{r}/return", campaign, taule)
                        .param("version", String.valueOf(version))
                        .param("statusComment", "Parc recompté")
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/campaigns/{c}/responses/{r}", campaign, taule).with(as(analyst)))
                .andExpect(content().string(not(containsString("<fieldset disabled"))))
                .andExpect(content().string(containsString("value=\"save\"")))
                .andExpect(content().string(containsString("Parc recompté")));
    }

    @Test
    void theImportPageRefusesToOverwriteValidatedAnswersAndNamesThemUntilConfirmed() throws Exception {
        byte[] csv = ("code,desktops_excl_schools,laptops_excl_schools\n" + TAULE + ",50,2\n")
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(get("/campaigns/{c}", campaign).with(as(analyst)))
                .andExpect(content().string(containsString("name=\"overwriteValidated\"")))
                .andExpect(content().string(containsString("Écraser les réponses validées")));

        // The upload shows a preview first: the validated response is named, nothing is written.
        String preview = mvc.perform(multipart("/campaigns/{c}/import", campaign)
                        .file(new MockMultipartFile("file", "taule.csv", "text/csv", csv))
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rien n’est encore enregistré")))
                .andExpect(content().string(containsString("Réponse déjà validée")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"")
                .matcher(preview);
        assertThat(token.find()).isTrue();
        // Confirming without ticking « Écraser les réponses validées » is refused, the collectivité named.
        mvc.perform(post("/campaigns/{c}/import/confirm", campaign)
                        .param("token", token.group(1))
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("L’import n’a pas été fait")))
                .andExpect(content().string(containsString("Taulé (" + TAULE + ") : sa réponse est validée")));
        assertThat(campaigns
                        .response(campaign, taule, analyst)
                        .answers()
                        .get("desktops_excl_schools")
                        .display())
                .isEqualTo("16");

        mvc.perform(post("/campaigns/{c}/import/confirm", campaign)
                        .param("token", token.group(1))
                        .param("overwriteValidated", "true")
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Taulé (" + TAULE + ")")))
                .andExpect(content().string(containsString("réponse validée écrasée")));
        assertThat(campaigns
                        .response(campaign, taule, analyst)
                        .answers()
                        .get("desktops_excl_schools")
                        .display())
                .isEqualTo("50");
    }
}
