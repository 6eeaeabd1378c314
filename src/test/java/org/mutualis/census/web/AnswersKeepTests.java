package org.mutualis.census.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mutualis.StudyCodes.LANNEANOU;
import static org.mutualis.StudyCodes.TAULE;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.AnswerSubmission;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.census.ResponseStatus;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.SessionJar;
import org.mutualis.identity.TestUsers;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Nothing typed is lost, as the server sees it: the answers' automatic draft save (401 to a
 * signed-out script, 403 to another commune, 409 with the stored answers on a validated,
 * transmitted or meanwhile changed response, whose status it never changes), a form posted after
 * the session expired (sign in again, then back to the form, never « no access » nor a blank
 * page), and the PDF copy of the answers.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class AnswersKeepTests {

    private static final String QUESTION = "desktops_excl_schools";

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
    long taule;
    CurrentUser correspondent;

    @BeforeEach
    void study() {
        CensusFixture.Loaded study = CensusFixture.study2012(territories, campaigns, files, false);
        campaign = study.campaign().id();
        lanneanou = study.collectivity(LANNEANOU).id();
        taule = study.collectivity(TAULE).id();
        correspondent = TestUsers.create(accounts, Role.CORRESPONDENT, lanneanou);
    }

    private MockHttpServletRequestBuilder draft(long collectivity, long version, String value) {
        return post("/campaigns/{c}/responses/{r}/draft", campaign, collectivity)
                .param("version", String.valueOf(version))
                .param("a." + QUESTION, value)
                .param("comment", "")
                .accept(MediaType.APPLICATION_JSON)
                .header("X-Requested-With", "fetch");
    }

    @Test
    void theDraftIsSavedWithItsVersionAndAStaleVersionGetsTheStoredAnswersBack() throws Exception {
        mvc.perform(draft(lanneanou, 0, "12").with(as(correspondent)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.time").value(org.hamcrest.Matchers.matchesPattern("\\d\\d:\\d\\d")))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        var saved = campaigns.response(campaign, lanneanou, correspondent);
        assertThat(saved.status()).isEqualTo(ResponseStatus.IN_PROGRESS);
        assertThat(saved.answers().get(QUESTION).display()).isEqualTo("12");

        // Someone else saves 10 in between: the stale auto-save is refused, with what is stored now.
        CurrentUser analyst = TestUsers.create(accounts, Role.ANALYST);
        campaigns.save(campaign, lanneanou, new AnswerSubmission(Map.of(QUESTION, "10"), null, 1), analyst);
        mvc.perform(draft(lanneanou, 1, "14").with(as(correspondent)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("a été modifiée par " + analyst.username())))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.answers." + QUESTION).value("10"));
        assertThat(campaigns
                        .response(campaign, lanneanou, correspondent)
                        .answers()
                        .get(QUESTION)
                        .display())
                .isEqualTo("10");
    }

    @Test
    void aValidatedOrTransmittedResponseIsNeverChangedByAnAutomaticSave() throws Exception {
        CurrentUser analyst = TestUsers.create(accounts, Role.ANALYST);
        var validated = campaigns.response(campaign, taule, analyst);
        assertThat(validated.status()).isEqualTo(ResponseStatus.VALIDATED);
        mvc.perform(draft(taule, validated.version(), "77").with(as(analyst)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("validée par l’EPCI entre-temps")))
                .andExpect(jsonPath("$.detail").value(containsString("conservées sur cet ordinateur")))
                .andExpect(jsonPath("$.status").value("VALIDATED"))
                .andExpect(jsonPath("$.answers." + QUESTION).value("16"));
        var after = campaigns.response(campaign, taule, analyst);
        assertThat(after.status()).isEqualTo(ResponseStatus.VALIDATED);
        assertThat(after.version()).isEqualTo(validated.version());

        var submitted = campaigns.submit(
                campaign,
                lanneanou,
                new AnswerSubmission(Map.of(QUESTION, "3", "laptops_excl_schools", "NC"), null, 0),
                correspondent);
        mvc.perform(draft(lanneanou, submitted.version(), "4")
                        .with(as(correspondent))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("transmise à l’EPCI")))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        assertThat(campaigns.response(campaign, lanneanou, correspondent).status())
                .isEqualTo(ResponseStatus.SUBMITTED);
    }

    @Test
    void anotherCommunesCorrespondentIsRefusedAndAnElectedOfficialMayNotWrite() throws Exception {
        CurrentUser neighbour = TestUsers.create(accounts, Role.CORRESPONDENT, taule);
        mvc.perform(draft(lanneanou, 0, "12").with(as(neighbour)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(draft(lanneanou, 0, "12")
                        .with(as(TestUsers.create(accounts, Role.ELECTED)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(campaigns.response(campaign, lanneanou, correspondent).given())
                .isFalse();
    }

    @Test
    void aSignedOutAutoSaveGets401WithTheFrenchSentenceNeverTheSignInPage() throws Exception {
        // No session at all: its CSRF token is gone too.
        mvc.perform(draft(lanneanou, 0, "12"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail")
                        .value("Votre session a expiré : vos saisies sont conservées sur cet ordinateur."
                                + " Reconnectez-vous pour les enregistrer."))
                .andExpect(jsonPath("$.signIn").value("/login"));
        mvc.perform(draft(lanneanou, 0, "12").with(csrf()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"));
        // Any script's request (htmx's live check included) is answered alike.
        mvc.perform(get("/campaigns/{c}/check", campaign)
                        .param("code", QUESTION)
                        .param("a." + QUESTION, "1")
                        .header("HX-Request", "true"))
                .andExpect(status().isUnauthorized());
        assertThat(campaigns.response(campaign, lanneanou, correspondent).given())
                .isFalse();
    }

    @Test
    void aFormPostedAfterTheSessionExpiredLeadsToSignInThenBackToTheForm() throws Exception {
        String form = "/campaigns/" + campaign + "/responses/" + lanneanou;
        SessionJar browser = new SessionJar();
        // The session is gone: the form's CSRF token with it. Not « Vous n'avez pas accès ».
        browser.perform(
                        mvc,
                        post(form)
                                .param("version", "0")
                                .param("action", "save")
                                .param("a." + QUESTION, "12")
                                .param("_csrf", "a-token-of-the-expired-session")
                                .header("Referer", "http://localhost" + form))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login?expired"));
        browser.perform(mvc, get("/login?expired"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre session a expiré. Reconnectez-vous")));
        browser.perform(
                        mvc,
                        post("/login")
                                .param("username", correspondent.username())
                                .param("password", TestUsers.PASSWORD)
                                .with(csrf()))
                .andExpect(redirectedUrl(form));
        browser.perform(mvc, get(form))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-draft-url=\"" + form + "/draft\"")));
    }

    @Test
    void aFormWhoseTokenIsAnOlderSessionsIsShownAgainNotRefused() throws Exception {
        String form = "/campaigns/" + campaign + "/responses/" + lanneanou;
        // Signed in (again, in another tab): the form still holds the previous session's token.
        mvc.perform(post(form)
                        .param("version", "0")
                        .param("action", "save")
                        .param("a." + QUESTION, "12")
                        .param("_csrf", "the-previous-sessions-token")
                        .header("Referer", "http://localhost" + form)
                        .with(as(correspondent)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(form));
        mvc.perform(draft(lanneanou, 0, "12")
                        .param("_csrf", "the-previous-sessions-token")
                        .with(as(correspondent)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reload").value(true))
                .andExpect(jsonPath("$.detail").value(containsString("Cette page a expiré")));
        // Without a page of this application to go back to, it is the refusal it always was.
        mvc.perform(post(form)
                        .param("version", "0")
                        .param("_csrf", "the-previous-sessions-token")
                        .header("Referer", "https://elsewhere.example/form")
                        .with(as(correspondent)))
                .andExpect(status().isForbidden());
        assertThat(campaigns.response(campaign, lanneanou, correspondent).given())
                .isFalse();
    }

    @Test
    void aLiveCheckAskedWhileSignedOutIsNeverThePageOneReturnsTo() throws Exception {
        SessionJar browser = new SessionJar();
        browser.perform(
                        mvc,
                        get("/campaigns/{c}/check", campaign)
                                .param("code", QUESTION)
                                .param("a." + QUESTION, "1")
                                .header("HX-Request", "true"))
                .andExpect(status().isUnauthorized());
        String page = "/campaigns/" + campaign + "/responses/" + lanneanou;
        browser.perform(mvc, get(page)).andExpect(status().isFound());
        browser.perform(
                        mvc,
                        post("/login")
                                .param("username", correspondent.username())
                                .param("password", TestUsers.PASSWORD)
                                .with(csrf()))
                .andExpect(redirectedUrl(page + "?continue"));
    }

    @Test
    void thePdfCopyHasTheQuestionsAnswersStatusAndDatesAndIsScopedLikeThePage() throws Exception {
        CurrentUser analyst = TestUsers.create(accounts, Role.ANALYST);
        var response = mvc.perform(get("/campaigns/{c}/responses/{r}/pdf", campaign, taule)
                        .with(as(TestUsers.correspondentOf(taule))))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("reponse-" + TAULE)))
                .andReturn()
                .getResponse();
        String text = text(response.getContentAsByteArray());
        String label = campaigns.questionnaire(campaign, analyst).questions().stream()
                .filter(q -> q.code().equals(QUESTION))
                .findFirst()
                .orElseThrow()
                .labelFr();
        assertThat(text)
                .contains("Copie de la réponse au recensement")
                .contains("Taulé (" + TAULE + ")")
                .contains("État de la réponse : validée (comptée)")
                .contains("Dernière modification :")
                .contains("Copie éditée le ")
                .contains(label.substring(0, Math.min(25, label.length())))
                .contains("16");
        mvc.perform(get("/campaigns/{c}/responses/{r}/pdf", campaign, taule)
                        .with(as(TestUsers.correspondentOf(lanneanou))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/{c}/responses/{r}/pdf", campaign, taule)).andExpect(status().isFound());
        mvc.perform(get("/campaigns/{c}/responses/{r}", campaign, taule).with(as(analyst)))
                .andExpect(content().string(containsString(">Télécharger une copie (PDF)</a>")))
                .andExpect(content().string(containsString("/js/answers-keep.js")));
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
