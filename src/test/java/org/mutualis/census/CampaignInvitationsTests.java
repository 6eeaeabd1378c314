package org.mutualis.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.GARLAN;
import static org.mutualis.StudyCodes.LANNEANOU;
import static org.mutualis.StudyCodes.LE_PONTHOU;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Invitations and reminders by e-mail, received by a real SMTP server (GreenMail), and the
 * invitation link followed through to a sign-in on the real form.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class CampaignInvitationsTests {

    private static final int SMTP_PORT = freePort();
    private static final String BASE_URL = "https://mutualis.example.fr";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(BASE_URL) + "/invitation/([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "une phrase de passe assez longue";

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp")).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("mutualis.mail.from", () -> "recensement@morlaix.example.fr");
        registry.add("mutualis.base-url", () -> BASE_URL + "/");
    }

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
    JdbcClient jdbc;

    CensusFixture.Loaded study;
    long campaign;
    CurrentUser analyst;

    @BeforeEach
    void study() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        study = CensusFixture.study2012(territories, campaigns, files, false);
        campaign = study.campaign().id();
        analyst = TestUsers.create(accounts, Role.ANALYST);
    }

    @Test
    void theInvitationLinkLetsTheCorrespondentChooseAPasswordAndSignIn() throws Exception {
        CollectivityView ponthou = study.collectivity(LE_PONTHOU); // did not answer in 2012
        String email = unique("mairie") + "@le-ponthou.example.fr";

        mvc.perform(post("/campaigns/{c}/invitations", campaign)
                        .param("collectivityId", String.valueOf(ponthou.id()))
                        .param("email", email.toUpperCase(java.util.Locale.ROOT))
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        MimeMessage mail = single(SMTP.getReceivedMessages());
        assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly(email);
        assertThat(mail.getFrom()[0].toString()).isEqualTo("recensement@morlaix.example.fr");
        assertThat(mail.getSubject())
                .isEqualTo("Recensement " + study.campaign().name() + " : votre questionnaire");
        String body = body(mail);
        assertThat(body)
                .contains(
                        study.campaign().name(), "Le Ponthou", study.territory().name(), email)
                .contains(BASE_URL + "/campaigns/" + campaign + "/responses/" + ponthou.id());
        String token = token(body);

        CurrentUser invited = accounts.find(email).orElseThrow();
        assertThat(invited.role()).isEqualTo(Role.CORRESPONDENT);
        assertThat(invited.collectivityId()).isEqualTo(ponthou.id());
        // Nobody knows the password the account was created with.
        mvc.perform(post("/login")
                        .param("username", email)
                        .param("password", "")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));

        mvc.perform(get("/invitation/{t}", token))
                .andExpect(status().isOk())
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(content().string(containsString(email)));
        mvc.perform(post("/invitation/{t}", token)
                        .param("password", PASSWORD)
                        .param("confirmation", PASSWORD + "!")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("diffèrent")));
        mvc.perform(post("/invitation/{t}", token)
                        .param("password", "court")
                        .param("confirmation", "court")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("au moins 12 caractères")));
        mvc.perform(post("/invitation/{t}", token)
                        .param("password", "aaaaaaaaaaaa")
                        .param("confirmation", "aaaaaaaaaaaa")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("trop facile à deviner")));
        mvc.perform(post("/invitation/{t}", token)
                        .param("password", PASSWORD)
                        .param("confirmation", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?invited"))
                .andExpect(authenticatedNobody());
        mvc.perform(get("/login?invited"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre mot de passe est enregistré")))
                .andExpect(content().string(containsString("name=\"password\"")));

        mvc.perform(post("/login")
                        .param("username", email)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(email));

        // The link served once.
        mvc.perform(post("/invitation/{t}", token)
                        .param("password", "un autre mot de passe")
                        .param("confirmation", "un autre mot de passe")
                        .with(csrf()))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("déjà servi")));
        mvc.perform(get("/invitation/{t}", token)).andExpect(status().isGone());
        mvc.perform(post("/login")
                        .param("username", email)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(authenticated().withUsername(email));

        assertThat(invitations.invitations(campaign)).singleElement().satisfies(i -> {
            assertThat(i.email()).isEqualTo(email);
            assertThat(i.collectivityId()).isEqualTo(ponthou.id());
            assertThat(i.reminders()).isZero();
            assertThat(i.invitedBy()).isEqualTo(analyst.username());
        });
    }

    @Test
    void invitedMeansAnInvitationWasSentOnTheFollowUpAndTheInvitationsPageAlike() throws Exception {
        CollectivityView ponthou = study.collectivity(LE_PONTHOU); // did not answer in 2012
        List<ResponseView> unanswered = campaigns.responses(campaign, analyst).stream()
                .filter(r -> !r.given())
                .toList();
        assertThat(unanswered)
                .hasSizeGreaterThan(1)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(ResponseStatus.NOT_INVITED));
        String email = unique("ponthou") + "@example.fr";
        invitations.invite(campaign, ponthou.id(), email, analyst);

        assertThat(campaigns.response(campaign, ponthou.id(), analyst).status()).isEqualTo(ResponseStatus.INVITED);
        assertThat(campaigns.responses(campaign, analyst).stream()
                        .filter(r -> !r.given() && r.collectivity().id() != ponthou.id()))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(ResponseStatus.NOT_INVITED));

        String followUp = mvc.perform(get("/campaigns/{c}/follow-up", campaign).with(as(analyst)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("\\s+", " ");
        assertThat(followUp).contains("Le Ponthou</a> — <span>invitée, sans réponse</span>");
        assertThat(followUp.split("— <span>invitée, sans réponse</span>", -1)).hasSize(2);
        assertThat(followUp.split("— <span>non invitée, sans réponse</span>", -1))
                .hasSize(unanswered.size());

        // The invitations page agrees: one address for Le Ponthou, « non invitée » for the others.
        String page = mvc.perform(get("/campaigns/{c}/invitations", campaign).with(as(analyst)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(email);
        assertThat(page.split(">non invitée<", -1))
                .hasSize(campaigns.responses(campaign, analyst).size());
    }

    @Test
    void expiredReplacedAndUnknownLinksAreRefusedInFrench() throws Exception {
        CollectivityView garlan = study.collectivity(GARLAN);
        String email = unique("garlan") + "@example.fr";
        invitations.invite(campaign, garlan.id(), email, analyst);
        String first = token(body(single(SMTP.getReceivedMessages())));

        jdbc.sql("update account_invitation set expires_at = ? where expires_at > ?")
                .params(LocalDateTime.of(2000, 1, 1, 0, 0), LocalDateTime.of(2000, 1, 1, 0, 0))
                .update();
        mvc.perform(get("/invitation/{t}", first))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("a expiré")));
        mvc.perform(post("/invitation/{t}", first)
                        .param("password", PASSWORD)
                        .param("confirmation", PASSWORD)
                        .with(csrf()))
                .andExpect(status().isGone());

        // Inviting again sends a new link and retires the previous one.
        SMTP.purgeEmailFromAllMailboxes();
        invitations.invite(campaign, garlan.id(), email, analyst);
        String second = token(body(single(SMTP.getReceivedMessages())));
        mvc.perform(get("/invitation/{t}", second)).andExpect(status().isOk());
        jdbc.sql("update account_invitation set expires_at = ? where expires_at < ?")
                .params(LocalDateTime.now().plusDays(1), LocalDateTime.of(2001, 1, 1, 0, 0))
                .update();
        mvc.perform(get("/invitation/{t}", first))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("remplacé")));

        mvc.perform(get("/invitation/{t}", "A".repeat(43)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("n&#39;est pas valable")));
    }

    @Test
    void remindersGoOnlyToInvitedCollectivitiesThatHaveNotAnswered() throws Exception {
        CollectivityView botsorhel = study.collectivity(BOTSORHEL); // answered
        CollectivityView ponthou = study.collectivity(LE_PONTHOU);
        CollectivityView lanneanou = study.collectivity(LANNEANOU);
        String answered = unique("botsorhel") + "@example.fr";
        String withPassword = unique("ponthou") + "@example.fr";
        String withoutPassword = unique("lanneanou") + "@example.fr";
        invitations.invite(campaign, botsorhel.id(), answered, analyst);
        invitations.invite(campaign, ponthou.id(), withPassword, analyst);
        invitations.invite(campaign, lanneanou.id(), withoutPassword, analyst);
        String ponthouToken = token(body(to(withPassword)));
        String firstLanneanouToken = token(body(to(withoutPassword)));
        mvc.perform(post("/invitation/{t}", ponthouToken)
                        .param("password", PASSWORD)
                        .param("confirmation", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?invited"));
        SMTP.purgeEmailFromAllMailboxes();

        mvc.perform(get("/campaigns/{c}/reminders", campaign).with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(withPassword)))
                .andExpect(content().string(containsString(withoutPassword)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(answered))));
        String secret = accounts.issueToken(analyst.id(), "test").secret();
        mvc.perform(post("/api/campaigns/{c}/reminders", campaign).header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sent").value(2));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(Arrays.stream(received).map(CampaignInvitationsTests::recipient))
                .containsExactlyInAnyOrder(withPassword, withoutPassword);
        assertThat(received)
                .allSatisfy(m -> assertThat(m.getSubject())
                        .isEqualTo("Rappel — Recensement " + study.campaign().name() + " : votre questionnaire"));
        // Who has a password is sent to the questionnaire; who has none gets a fresh link.
        assertThat(body(to(withPassword)))
                .doesNotContain("/invitation/")
                .contains(BASE_URL + "/campaigns/" + campaign + "/responses/" + ponthou.id());
        String freshToken = token(body(to(withoutPassword)));
        assertThat(freshToken).isNotEqualTo(firstLanneanouToken);
        mvc.perform(get("/invitation/{t}", freshToken)).andExpect(status().isOk());
        mvc.perform(get("/invitation/{t}", firstLanneanouToken)).andExpect(status().isGone());

        assertThat(invitations.invitations(campaign))
                .extracting(CampaignInvitationView::email, CampaignInvitationView::reminders)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(answered, 0),
                        org.assertj.core.groups.Tuple.tuple(withPassword, 1),
                        org.assertj.core.groups.Tuple.tuple(withoutPassword, 1));
        mvc.perform(get("/campaigns/{c}/invitations", campaign).with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(withoutPassword)))
                .andExpect(content().string(containsString("Botsorhel")));

        // Through the page, after its confirmation step.
        SMTP.purgeEmailFromAllMailboxes();
        mvc.perform(post("/campaigns/{c}/reminders", campaign).with(as(analyst)).with(csrf()))
                .andExpect(redirectedUrl("/campaigns/" + campaign + "/invitations"));
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
    }

    @Test
    void theClosingDateIsToldADraftIsRemindedAndAClosedCampaignTakesNoInvitation() throws Exception {
        CampaignSummary later = campaigns.open(
                new NewCampaign(
                        study.territory().id(),
                        List.of(new ThemeVersion("infrastructure", 1)),
                        "Infrastructure suivi " + study.territory().referenceYear(),
                        LocalDate.of(2030, 3, 1),
                        null,
                        LocalDate.of(2030, 6, 30),
                        BandSettings.study2012()),
                CensusFixture.STAFF);
        CollectivityView ponthou = study.collectivity(LE_PONTHOU);
        String email = unique("brouillon") + "@example.fr";
        invitations.invite(later.id(), ponthou.id(), email, analyst);
        assertThat(body(single(SMTP.getReceivedMessages()))).contains("Date limite de réponse : 30/06/2030");

        // A draft is not an answer: it is reminded.
        CurrentUser correspondent = accounts.find(email).orElseThrow();
        campaigns.save(
                later.id(),
                ponthou.id(),
                new AnswerSubmission(Map.of("desktops_excl_schools", "3"), null, 0),
                correspondent);
        assertThat(campaigns.response(later.id(), ponthou.id(), correspondent).status())
                .isEqualTo(ResponseStatus.IN_PROGRESS);
        SMTP.purgeEmailFromAllMailboxes();
        assertThat(invitations.remind(later.id(), analyst)).isEqualTo(1);
        assertThat(recipient(single(SMTP.getReceivedMessages()))).isEqualTo(email);

        campaigns.close(later.id(), CensusFixture.STAFF);
        SMTP.purgeEmailFromAllMailboxes();
        mvc.perform(bearer(post("/api/campaigns/{c}/reminders", later.id()), secret(analyst)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("est clos")));
        mvc.perform(post("/campaigns/{c}/invitations", later.id())
                        .param(
                                "collectivityId",
                                String.valueOf(study.collectivity(GARLAN).id()))
                        .param("email", unique("garlan") + "@example.fr")
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("est clos")));
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void correspondentsAndElectedOfficialsCannotInviteRemindOrSeeTheInvitations() throws Exception {
        CollectivityView botsorhel = study.collectivity(BOTSORHEL);
        CollectivityView ponthou = study.collectivity(LE_PONTHOU);
        invitations.invite(campaign, ponthou.id(), unique("ponthou") + "@example.fr", analyst);
        SMTP.purgeEmailFromAllMailboxes();
        CurrentUser correspondent = TestUsers.create(accounts, Role.CORRESPONDENT, botsorhel.id());
        CurrentUser elected = TestUsers.create(accounts, Role.ELECTED);
        String intruder = unique("intrus") + "@example.fr";

        for (CurrentUser user : List.of(correspondent, elected)) {
            String secret = accounts.issueToken(user.id(), "test").secret();
            mvc.perform(get("/campaigns/{c}/invitations", campaign).with(as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/campaigns/{c}/reminders", campaign).with(as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/campaigns/{c}/invitations", campaign)
                            .param("collectivityId", String.valueOf(botsorhel.id()))
                            .param("email", intruder)
                            .with(as(user))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/campaigns/{c}/reminders", campaign)
                            .with(as(user))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(bearer(post("/api/campaigns/{c}/invitations", campaign), secret)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"collectivityId\":" + botsorhel.id() + ",\"email\":\"" + intruder + "\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(bearer(post("/api/campaigns/{c}/reminders", campaign), secret))
                    .andExpect(status().isForbidden());
        }
        // A correspondent reads their own collectivité's invitation only; an elected official none.
        mvc.perform(bearer(get("/api/campaigns/{c}/invitations", campaign), secret(correspondent)))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
        mvc.perform(bearer(get("/api/campaigns/{c}/invitations", campaign), secret(elected)))
                .andExpect(status().isForbidden());
        mvc.perform(bearer(get("/api/campaigns/{c}/invitations", campaign), secret(analyst)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));

        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(accounts.find(intruder)).isEmpty();
        assertThat(invitations.invitations(campaign)).hasSize(1);
    }

    @Test
    void anAddressOfAnotherCollectivityNowAnswersForBothAndWhatIsNotAnAddressIsRefusedInFrench() throws Exception {
        CollectivityView ponthou = study.collectivity(LE_PONTHOU);
        CollectivityView garlan = study.collectivity(GARLAN);
        String email = unique("partagee") + "@example.fr";
        invitations.invite(campaign, ponthou.id(), email, analyst);
        SMTP.purgeEmailFromAllMailboxes();

        // A secretary shared by two communes: the second invitation adds Garlan to the same account.
        mvc.perform(post("/campaigns/{c}/invitations", campaign)
                        .param("collectivityId", String.valueOf(garlan.id()))
                        .param("email", email)
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(body(single(SMTP.getReceivedMessages()))).contains("« Garlan »");
        assertThat(accounts.find(email).orElseThrow().collectivityIds()).containsExactly(ponthou.id(), garlan.id());
        SMTP.purgeEmailFromAllMailboxes();

        // Nor is what is not an e-mail address.
        mvc.perform(bearer(post("/api/campaigns/{c}/invitations", campaign), secret(analyst))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"collectivityId\":" + garlan.id() + ",\"email\":\"pas une adresse\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("adresse électronique valide")));
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(invitations.invitations(campaign))
                .extracting(CampaignInvitationView::collectivityId, CampaignInvitationView::email)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ponthou.id(), email),
                        org.assertj.core.groups.Tuple.tuple(garlan.id(), email));

        // The same address for the same collectivité is an invitation sent again, to the same account.
        mvc.perform(bearer(post("/api/campaigns/{c}/invitations", campaign), secret(analyst))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"collectivityId\":" + ponthou.id() + ",\"email\":\"" + email + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value(email));
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(accounts.find(email).orElseThrow().collectivityIds()).containsExactly(ponthou.id(), garlan.id());
    }

    @Test
    void whenTheMailServerIsDownNothingIsRecordedAndTheMessageIsFrench() throws Exception {
        CollectivityView ponthou = study.collectivity(LE_PONTHOU);
        String email = unique("panne") + "@example.fr";
        SMTP.stop();
        try {
            mvc.perform(bearer(post("/api/campaigns/{c}/invitations", campaign), secret(analyst))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"collectivityId\":" + ponthou.id() + ",\"email\":\"" + email + "\"}"))
                    .andExpect(status().isBadGateway())
                    .andExpect(jsonPath("$.detail", containsString("serveur de messagerie")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Exception"))));
            mvc.perform(post("/campaigns/{c}/invitations", campaign)
                            .param("collectivityId", String.valueOf(ponthou.id()))
                            .param("email", email)
                            .with(as(analyst))
                            .with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("n&#39;est pas enregistrée")));
        } finally {
            SMTP.reset(); // starts it again
        }
        assertThat(accounts.find(email)).isEmpty();
        assertThat(invitations.invitations(campaign)).isEmpty();
    }

    private static String unique(String prefix) {
        return TestUsers.uniqueName(prefix);
    }

    private String secret(CurrentUser user) {
        return accounts.issueToken(user.id(), "test").secret();
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String secret) {
        return request.header("Authorization", "Bearer " + secret);
    }

    private static org.springframework.test.web.servlet.ResultMatcher authenticatedNobody() {
        return org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated();
    }

    private static MimeMessage single(MimeMessage[] messages) {
        assertThat(messages).hasSize(1);
        return messages[0];
    }

    private MimeMessage to(String email) {
        return single(Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> recipient(m).equals(email))
                .toArray(MimeMessage[]::new));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String body) {
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("invitation link in %s", body).isTrue();
        return link.group(1);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
