package org.mutualis.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.GARLAN;
import static org.mutualis.StudyCodes.LANNEANOU;
import static org.mutualis.StudyCodes.LE_PONTHOU;
import static org.mutualis.StudyCodes.LOC_EGUINER;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.mail.CaughtMails;
import org.mutualis.census.mail.CaughtMails.CaughtMail;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Invitations at scale, with the demo's mail catcher on (what it keeps is what would have gone):
 * a selection or all collectivités in one action, wrong rows named on their line with nothing
 * sent, one person answering for several collectivités, a new link to copy, the e-mail texts.
 */
@MutualisDbTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"mutualis.mail.catcher=true", "mutualis.base-url=https://mutualis.example.fr"})
class InvitationsAtScaleTests {

    private static final Pattern LINK =
            Pattern.compile("https://mutualis\\.example\\.fr/invitation/([A-Za-z0-9_-]{43})");

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

    @Autowired
    CampaignInvitations invitations;

    @Autowired
    CaughtMails caught;

    static String suffix = "";

    CensusFixture.Loaded study;
    long campaign;
    CurrentUser analyst;

    @BeforeEach
    void study() {
        study = CensusFixture.study2012(territories, campaigns, files, false);
        campaign = study.campaign().id();
        analyst = TestUsers.create(accounts, Role.ANALYST);
        suffix = TestUsers.uniqueName("t");
    }

    @Test
    void aSelectionIsInvitedInOneActionAfterAConfirmation() throws Exception {
        List<CollectivityView> three =
                List.of(study.collectivity(LE_PONTHOU), study.collectivity(GARLAN), study.collectivity(LANNEANOU));
        MockHttpServletRequestBuilder selection = post("/campaigns/{c}/invitations", campaign);
        for (CollectivityView c : three) {
            selection.param("selected", "" + c.id()).param("email_" + c.id(), address(c));
        }
        // A row left unticked is not invited, whatever its address field says.
        CollectivityView unticked = study.collectivity(LOC_EGUINER);
        selection.param("email_" + unticked.id(), address(unticked));
        int before = caught.all(analyst).size();

        mvc.perform(selection.with(as(analyst)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Envoyer 3 invitations")))
                .andExpect(content().string(containsString(address(three.get(1)))))
                .andExpect(content().string(not(containsString(address(unticked)))));
        assertThat(caught.all(analyst)).hasSize(before);
        assertThat(invitations.invitations(campaign)).isEmpty();

        mvc.perform(selection.param("confirmed", "true").with(as(analyst)).with(csrf()))
                .andExpect(redirectedUrl("/campaigns/" + campaign + "/invitations"));

        List<CaughtMail> sent = caught.all(analyst).subList(0, 3);
        assertThat(sent)
                .extracting(CaughtMail::to)
                .containsExactlyInAnyOrderElementsOf(
                        three.stream().map(InvitationsAtScaleTests::address).toList());
        assertThat(sent)
                .allSatisfy(m -> assertThat(m.subject())
                        .isEqualTo("Recensement " + study.campaign().name() + " : votre questionnaire"));
        assertThat(invitations.invitations(campaign))
                .extracting(CampaignInvitationView::collectivityId)
                .containsExactlyInAnyOrderElementsOf(
                        three.stream().map(CollectivityView::id).toList());

        // The page then says « invitée le … » on those rows and proposes their address again.
        mvc.perform(get("/campaigns/{c}/invitations", campaign).with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("invitée le ")))
                .andExpect(content().string(containsString("value=\"" + address(three.get(0)) + "\"")))
                .andExpect(content().string(containsString("Générer un nouveau lien")));
    }

    @Test
    void aWrongAddressIsShownOnItsRowAndNothingIsSent() throws Exception {
        CollectivityView ponthou = study.collectivity(LE_PONTHOU);
        CollectivityView garlan = study.collectivity(GARLAN);
        int before = caught.all(analyst).size();

        mvc.perform(post("/campaigns/{c}/invitations", campaign)
                        .param("selected", "" + ponthou.id(), "" + garlan.id())
                        .param("email_" + ponthou.id(), address(ponthou))
                        .param("email_" + garlan.id(), "secretariat@garlan")
                        .param("confirmed", "true")
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Rien n’est envoyé : 1 ligne(s) à corriger")))
                .andExpect(content().string(containsString("id=\"email_" + garlan.id() + "-error\"")))
                .andExpect(content().string(containsString("Garlan : Saisissez une adresse électronique valide")))
                // What was typed stays, the ticks too.
                .andExpect(content().string(containsString("value=\"secretariat@garlan\"")))
                .andExpect(content().string(containsString("value=\"" + address(ponthou) + "\"")));

        assertThat(caught.all(analyst)).hasSize(before);
        assertThat(invitations.invitations(campaign)).isEmpty();
        assertThat(accounts.find(address(ponthou))).isEmpty();

        // Nothing ticked: said so.
        mvc.perform(post("/campaigns/{c}/invitations", campaign)
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Cochez au moins une collectivité")));
    }

    @Test
    void everyCollectivityAtOnceThroughTheApiAndBadRowsNamedIn422() throws Exception {
        List<CollectivityView> all =
                territories.collectivities(study.territory().id());
        String secret = accounts.issueToken(analyst.id(), "test").secret();
        StringBuilder bad = new StringBuilder("{\"invitations\":[");
        bad.append("{\"collectivityId\":").append(all.get(0).id()).append(",\"email\":\"a@b.fr\"},");
        bad.append("{\"collectivityId\":").append(all.get(1).id()).append(",\"email\":\"pas une adresse\"}]}");
        int before = caught.all(analyst).size();
        mvc.perform(post("/api/campaigns/{c}/invitations/batch", campaign)
                        .header("Authorization", "Bearer " + secret)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bad.toString()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems.length()").value(1))
                .andExpect(jsonPath("$.problems[0].field")
                        .value("email_" + all.get(1).id()));
        assertThat(caught.all(analyst)).hasSize(before);

        String body = all.stream()
                .map(c -> "{\"collectivityId\":" + c.id() + ",\"email\":\"" + address(c) + "\"}")
                .reduce((a, b) -> a + "," + b)
                .map(rows -> "{\"invitations\":[" + rows + "]}")
                .orElseThrow();
        mvc.perform(post("/api/campaigns/{c}/invitations/batch", campaign)
                        .header("Authorization", "Bearer " + secret)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sent").value(all.size()))
                .andExpect(jsonPath("$.failed").value(0))
                .andExpect(jsonPath("$.outcomes[0].sent").value(true));
        assertThat(caught.all(analyst)).hasSize(before + all.size());
        assertThat(invitations.invitations(campaign)).hasSize(all.size());

        // Correspondents and elected officials may not.
        CurrentUser elected = TestUsers.create(accounts, Role.ELECTED);
        mvc.perform(post("/api/campaigns/{c}/invitations/batch", campaign)
                        .header(
                                "Authorization",
                                "Bearer "
                                        + accounts.issueToken(elected.id(), "t").secret())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSecondCollectivityIsAddedToAnExistingContactWhoThenOpensBothAndNothingElse() throws Exception {
        CollectivityView ponthou = study.collectivity(LE_PONTHOU);
        CollectivityView garlan = study.collectivity(GARLAN);
        CollectivityView lanneanou = study.collectivity(LANNEANOU);
        CollectivityView botsorhel = study.collectivity(BOTSORHEL);
        String shared = TestUsers.uniqueName("secretariat") + "@example.fr";
        invitations.invite(campaign, ponthou.id(), shared, analyst);
        CurrentUser signedInBefore = accounts.find(shared).orElseThrow();
        assertThat(signedInBefore.collectivityIds()).containsExactly(ponthou.id());

        // Garlan and Lanneanou in one batch, to the same address: one link for both messages.
        int before = caught.all(analyst).size();
        List<InvitationOutcome> outcomes = invitations.inviteAll(
                campaign,
                List.of(
                        new InvitationRequest(garlan.id(), shared.toUpperCase(java.util.Locale.ROOT)),
                        new InvitationRequest(lanneanou.id(), shared)),
                analyst);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.sent()).isTrue());
        List<CaughtMail> two =
                caught.all(analyst).subList(0, caught.all(analyst).size() - before);
        assertThat(two).hasSize(2);
        assertThat(two.stream().map(m -> token(m.body())).distinct()).hasSize(1);

        CurrentUser contact = accounts.find(shared).orElseThrow();
        assertThat(contact.collectivityIds()).containsExactly(ponthou.id(), garlan.id(), lanneanou.id());
        assertThat(contact.collectivityId()).isEqualTo(ponthou.id());
        // Even a session opened before the new collectivités sees them at once.
        for (CurrentUser user : List.of(contact, signedInBefore)) {
            for (CollectivityView own : List.of(ponthou, garlan, lanneanou)) {
                mvc.perform(get("/campaigns/{c}/responses/{r}", campaign, own.id())
                                .with(as(user)))
                        .andExpect(status().isOk());
            }
            mvc.perform(get("/campaigns/{c}/responses/{r}", campaign, botsorhel.id())
                            .with(as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/campaigns/{c}/invitations", campaign).with(as(user)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/me").with(as(signedInBefore)))
                .andExpect(jsonPath("$.collectivityIds.length()").value(3));
        // Their invitations: their three collectivités', no other.
        mvc.perform(get("/api/campaigns/{c}/invitations", campaign).with(as(contact)))
                .andExpect(jsonPath("$.length()").value(3));

        // A collectivité of another territory is refused: a person answers within one territory.
        CensusFixture.Loaded other = CensusFixture.study2012(territories, campaigns, files, false);
        mvc.perform(post("/campaigns/{c}/invitations", other.campaign().id())
                        .param("selected", "" + other.collectivity(GARLAN).id())
                        .param("email_" + other.collectivity(GARLAN).id(), shared)
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("autre territoire")));
        assertThat(accounts.find(shared).orElseThrow().collectivityIds()).hasSize(3);
    }

    @Test
    void aNewLinkToCopyReplacesThePreviousOneAndIsForStaffOnly() throws Exception {
        CollectivityView garlan = study.collectivity(GARLAN);
        CollectivityView ponthou = study.collectivity(LE_PONTHOU);
        invitations.invite(campaign, garlan.id(), address(garlan), analyst);
        String mailed = token(caught.all(analyst).get(0).body());
        int before = caught.all(analyst).size();

        String page = mvc.perform(post("/campaigns/{c}/invitations/{g}/link", campaign, garlan.id())
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Copier le lien")))
                .andExpect(content().string(containsString("aria-live=\"polite\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String shown = token(page);
        assertThat(shown).isNotEqualTo(mailed);
        assertThat(caught.all(analyst)).hasSize(before); // nothing sent
        mvc.perform(get("/invitation/{t}", shown)).andExpect(status().isOk());
        mvc.perform(get("/invitation/{t}", mailed)).andExpect(status().isGone());
        // Shown once: the page afterwards carries no link.
        mvc.perform(get("/campaigns/{c}/invitations", campaign).with(as(analyst)))
                .andExpect(content().string(not(containsString("/invitation/"))));

        mvc.perform(post("/campaigns/{c}/invitations/{p}/link", campaign, ponthou.id())
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("n’est pas encore invitée")));
        CurrentUser correspondent = accounts.find(address(garlan)).orElseThrow();
        for (CurrentUser user : List.of(correspondent, TestUsers.create(accounts, Role.ELECTED))) {
            mvc.perform(post("/campaigns/{c}/invitations/{g}/link", campaign, garlan.id())
                            .with(as(user))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/invitation/{t}", shown)).andExpect(status().isOk());
    }

    @Test
    void theEmailTextsAreEditedWithPlaceholdersPreviewedAndResetToTheDefault() throws Exception {
        String path = "/campaigns/{c}/mail-templates";
        mvc.perform(get(path, campaign).with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Recensement {campagne} : votre questionnaire")))
                .andExpect(content().string(containsString("{date_limite}")));

        mvc.perform(post(path + "/invitation", campaign)
                        .param("action", "preview")
                        .param("subject", "Recensement {campagne}")
                        .param("body", "Bonjour {maire},\n{lien}\nÀ bientôt, {expediteurs}")
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Variable(s) inconnue(s) : {maire}, {expediteurs}")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(post(path + "/invitation", campaign)
                        .param("action", "save")
                        .param("subject", "Recensement {campagne}")
                        .param("body", "Bonjour, sans lien.")
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("doit contenir {lien}")));

        String body =
                "Madame, Monsieur,\n\nPour {collectivite} : {campagne}.\nAvant le {date_limite}.\n{lien}\n\n{expediteur}";
        mvc.perform(post(path + "/invitation", campaign)
                        .param("action", "preview")
                        .param("subject", "À vous, {collectivite}")
                        .param("body", body)
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Pour "
                                + territories
                                        .collectivities(study.territory().id())
                                        .get(0)
                                        .name())))
                .andExpect(content().string(containsString(study.territory().name())))
                .andExpect(content().string(containsString("/invitation/exemple-de-lien-personnel")))
                // no closing date: its line is left out
                .andExpect(content().string(not(containsString("Avant le ."))));

        mvc.perform(post(path + "/invitation", campaign)
                        .param("action", "save")
                        .param("subject", "À vous, {collectivite}")
                        .param("body", body)
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(redirectedUrl("/campaigns/" + campaign + "/mail-templates#invitation"));
        CollectivityView garlan = study.collectivity(GARLAN);
        invitations.invite(campaign, garlan.id(), address(garlan), analyst);
        CaughtMail mail = caught.all(analyst).get(0);
        assertThat(mail.subject()).isEqualTo("À vous, Garlan");
        assertThat(mail.body())
                .startsWith(
                        "Madame, Monsieur,\n\nPour Garlan : " + study.campaign().name() + ".\n1. Choisissez");
        assertThat(mail.body())
                .doesNotContain("Avant le")
                .endsWith(study.territory().name() + "\n");

        mvc.perform(get(path, campaign).with(as(analyst)))
                .andExpect(content().string(containsString("Revenir au texte par défaut")));
        mvc.perform(post(path + "/invitation", campaign)
                        .param("action", "reset")
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(redirectedUrl("/campaigns/" + campaign + "/mail-templates#invitation"));
        invitations.invite(campaign, garlan.id(), address(garlan), analyst);
        assertThat(caught.all(analyst).get(0).subject())
                .isEqualTo("Recensement " + study.campaign().name() + " : votre questionnaire");

        mvc.perform(post(path + "/unknown", campaign).with(as(analyst)).with(csrf()))
                .andExpect(status().isNotFound());
        CurrentUser correspondent = accounts.find(address(garlan)).orElseThrow();
        for (CurrentUser user : List.of(correspondent, TestUsers.create(accounts, Role.ELECTED))) {
            mvc.perform(get(path, campaign).with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post(path + "/invitation", campaign)
                            .param("action", "save")
                            .param("subject", "x")
                            .param("body", "{lien}")
                            .with(as(user))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theDemoMailCatcherShowsTheMessagesToStaffOnly() throws Exception {
        CollectivityView garlan = study.collectivity(GARLAN);
        invitations.invite(campaign, garlan.id(), address(garlan), analyst);
        String token = token(caught.all(analyst).get(0).body());

        mvc.perform(get("/admin/mails").with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Courriels envoyés (démo)")))
                .andExpect(content().string(containsString(address(garlan))))
                .andExpect(content()
                        .string(containsString("href=\"https://mutualis.example.fr/invitation/" + token + "\"")));
        mvc.perform(get("/admin/mails").with(as(TestUsers.create(accounts, Role.ADMIN))))
                .andExpect(status().isOk());
        CurrentUser correspondent = accounts.find(address(garlan)).orElseThrow();
        for (CurrentUser user : List.of(correspondent, TestUsers.create(accounts, Role.ELECTED))) {
            mvc.perform(get("/admin/mails").with(as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/mails")).andExpect(status().is3xxRedirection());
    }

    private static String address(CollectivityView c) {
        return "mairie-" + c.code() + "-" + suffix + "@example.fr";
    }

    private static String token(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("invitation link in %s", text).isTrue();
        return link.group(1);
    }
}
