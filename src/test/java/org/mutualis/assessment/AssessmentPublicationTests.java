package org.mutualis.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.EPCI_SIREN;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.PLOUGONVEN;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.NewAccount;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.procurement.ProcurementFixture;
import org.mutualis.procurement.ProcurementView;
import org.mutualis.procurement.Procurements;
import org.mutualis.procurement.domain.Milestones;
import org.mutualis.savings.OfferForm;
import org.mutualis.savings.OfferView;
import org.mutualis.savings.Offers;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The assessment published to the communes (issue 12, phase 2 Communication): each collectivité of
 * the territory gets its own figures — a member its saving, a collectivité that did not join what
 * joining would have saved it, by the same engine — on the page, through the API and by e-mail (a
 * real SMTP server, GreenMail), and never another collectivité's figures: distinctive answers are
 * planted in the members' responses and must not show anywhere the non-member looks.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class AssessmentPublicationTests {

    private static final int SMTP_PORT = freePort();
    private static final String BASE_URL = "https://mutualis.example.fr";

    /** Planted in the members' (and the EPCI's) responses: none may reach Plougonven. */
    static final String MORLAIX_DESKTOPS = "8642";

    static final String MORLAIX_COST = "1357.91";
    static final String BOTSORHEL_DESKTOPS = "7531";
    static final String BOTSORHEL_COST = "1246.83";
    static final String EPCI_DESKTOPS = "6420";
    static final String EPCI_COST = "1135.79";

    /** Plougonven's own answer: 7 desktops at 1,000 € HT; awarded at 580 €, it would have saved 7 × 420. */
    static final String PLOUGONVEN_SAVING = "2940";

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp")).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("mutualis.mail.from", () -> "mutualis@morlaix.example.fr");
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
    Offers offers;

    @Autowired
    Procurements procurements;

    @Autowired
    Assessments assessments;

    @Autowired
    AssessmentPublications publications;

    @Autowired
    JdbcClient jdbc;

    ProcurementFixture.Loaded t;
    CurrentUser analyst;
    CurrentUser elected;
    CurrentUser morlaix;
    CurrentUser botsorhel;
    CurrentUser plougonven;
    String plougonvenMail;
    ProcurementView hardware;
    OfferView desktops;

    @BeforeEach
    void plantedTerritory() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        CensusFixture.Loaded study = CensusFixture.study2012(territories, campaigns, files, false);
        t = new ProcurementFixture.Loaded(study.territory(), territories);
        plant(study.campaign());
        analyst = TestUsers.create(accounts, Role.ANALYST);
        elected = TestUsers.create(accounts, Role.ELECTED);
        morlaix = correspondent(MORLAIX, "dsi");
        botsorhel = correspondent(BOTSORHEL, "mairie");
        plougonvenMail = TestUsers.uniqueName("secretariat") + "@plougonven.example.fr";
        plougonven = accounts.create(new NewAccount(
                plougonvenMail, "Secrétaire de Plougonven", Role.CORRESPONDENT, t.id(PLOUGONVEN), TestUsers.PASSWORD));
        ProcurementFixture.Builder group = ProcurementFixture.group(t);
        group.subject = "Matériel informatique (publication)";
        group.theme = "HARDWARE";
        hardware = procurements.create(group.form(), analyst);
        desktops = offers.create(
                t.territory().id(),
                new OfferForm(
                        itemId("HW_DESKTOP"),
                        "Dell",
                        "NEGOTIATION",
                        new BigDecimal("600"),
                        false,
                        LocalDate.of(2012, 3, 1),
                        null,
                        "garantie 3 ans",
                        new BigDecimal("680.10"),
                        false),
                analyst);
        assessments.link(hardware.id(), desktops.id(), analyst);
    }

    @Test
    void nothingAwardedIsRefusedWithItsCodeAndNothingIsPublishedNorSent() throws Exception {
        assertThatThrownBy(() -> publications.publish(hardware.id(), "Trop tôt", analyst))
                .isInstanceOf(RejectedException.class)
                .satisfies(e ->
                        assertThat(((RejectedException) e).code()).isEqualTo("assessment.publication.nothingAwarded"))
                .hasMessageContaining("Rien n’est encore attribué");
        assertThat(assessments.latestPublication(hardware.id())).isEmpty();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        // The confirmation page says so and offers no button; the API answers 400.
        String page = body(get("/procurements/{id}/assessment/publish", hardware.id()), analyst);
        assertThat(page).contains("Rien n’est encore attribué").doesNotContain("Confirmer : publier");
        mvc.perform(post("/api/procurements/{id}/assessment/publications", hardware.id())
                        .with(as(analyst))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"message\": \"\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void onlyTheStaffPublishAndBeforePublicationCorrespondentsGet404() throws Exception {
        award("580");
        assertThatThrownBy(() -> publications.publish(hardware.id(), null, botsorhel))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> publications.publish(hardware.id(), null, elected))
                .isInstanceOf(ForbiddenException.class);
        for (CurrentUser reader : List.of(botsorhel, plougonven)) {
            mvc.perform(get("/procurements/{id}/assessment/published", hardware.id())
                            .with(as(reader)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/procurements/{id}/assessment/published", hardware.id())
                            .with(as(reader)))
                    .andExpect(status().isNotFound());
        }
        assertThat(body(get("/procurements/{id}/assessment/published", hardware.id()), analyst))
                .contains("pas encore publié");
        mvc.perform(post("/procurements/{id}/assessment/publish", hardware.id())
                        .param("message", "x")
                        .with(as(botsorhel))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(assessments.latestPublication(hardware.id())).isEmpty();
    }

    @Test
    void aNonMemberSeesWhatJoiningWouldHaveSavedItAndNothingOfAnotherCommune() throws Exception {
        award("580");
        mvc.perform(post("/procurements/{id}/assessment/publish", hardware.id())
                        .param("message", "Merci aux communes du groupement.")
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        String page = body(get("/procurements/{id}/assessment/published", hardware.id()), plougonven);
        String api = body(get("/api/procurements/{id}/assessment/published", hardware.id()), plougonven);
        String mail = mailTo(plougonvenMail);

        // Its own computed saving, in each: 7 desktops × (1,000 − 580) € HT.
        assertThat(normalised(page)).contains(PLOUGONVEN_SAVING + ".00").contains("n’a pas adhéré");
        assertThat(api)
                .contains(
                        "\"collectivity\":{\"id\":" + t.id(PLOUGONVEN) + ",\"name\":\"Plougonven\",\"member\":false}");
        assertThat(normalised(mail))
                .contains(PLOUGONVEN_SAVING + ".00")
                .contains("vous aurait fait économiser")
                .contains("Merci aux communes du groupement.");
        assertThat(page).contains("Merci aux communes du groupement.");

        // Nothing of the members: no planted answer, no member named, no member's nor the
        // procurement's saving.
        PublishedAssessmentView whole = publications.view(hardware.id(), null, analyst);
        String memberSaving =
                plain(whole.assessment().total().obtained().oneOff().value());
        String morlaixSaving = plain(publications
                .view(hardware.id(), t.id(MORLAIX), analyst)
                .assessment()
                .total()
                .obtained()
                .oneOff()
                .value());
        for (String shown : List.of(normalised(page), normalised(api), normalised(mail))) {
            for (String planted : List.of(
                    MORLAIX_DESKTOPS,
                    MORLAIX_COST,
                    BOTSORHEL_DESKTOPS,
                    BOTSORHEL_COST,
                    EPCI_DESKTOPS,
                    EPCI_COST,
                    memberSaving,
                    morlaixSaving)) {
                assertThat(shows(shown, planted))
                        .as("%s shown to Plougonven", planted)
                        .isFalse();
            }
            assertThat(shown).doesNotContain("Botsorhel").doesNotContain("Locquirec");
        }
    }

    @Test
    void aCorrespondentsHomeLinksToItsViewOfEachPublishedAssessment() throws Exception {
        assertThat(body(get("/"), plougonven)).doesNotContain("Bilans des marchés groupés");
        award("580");
        publications.publish(hardware.id(), null, analyst);

        String home = body(get("/"), plougonven);
        assertThat(home)
                .contains("Bilans des marchés groupés")
                .contains("/procurements/" + hardware.id() + "/assessment/published?collectivity=" + t.id(PLOUGONVEN))
                .contains("ce que l’adhésion vous aurait fait économiser");
        assertThat(body(get("/"), botsorhel)).contains("votre économie");
        assertThat(publications.forHome(analyst, 5)).isEmpty();
    }

    @Test
    void theNonMembersSavingIsTheOneTheEngineGivesItAsAMember() {
        award("580");
        publications.publish(hardware.id(), null, analyst);
        ProcurementFixture.Builder joined = ProcurementFixture.group(t);
        joined.subject = "Le même, Plougonven membre";
        joined.theme = "HARDWARE";
        joined.member(PLOUGONVEN, null, null, LocalDate.of(2012, 2, 20));
        ProcurementView asMember = procurements.create(joined.form(), analyst);
        assessments.link(asMember.id(), desktops.id(), analyst);
        assessments.award(
                asMember.id(),
                desktops.id(),
                new AwardForm("Dell", new BigDecimal("580"), false, LocalDate.of(2012, 6, 1), 0),
                analyst);

        PublishedAssessmentView hypothetical = publications.view(hardware.id(), null, plougonven);
        AssessmentView member = assessments.of(asMember.id(), null, plougonven);

        assertThat(hypothetical.hypothetical()).isTrue();
        assertThat(hypothetical.assessment().total().obtained().oneOff().value())
                .isEqualByComparingTo(
                        member.assessment().total().obtained().oneOff().value())
                .isEqualByComparingTo(PLOUGONVEN_SAVING);
        assertThat(hypothetical.assessment().total().obtained().overContract().value())
                .isEqualByComparingTo(
                        member.assessment().total().obtained().overContract().value());
        assertThat(hypothetical.assessment().items().get(0).lines())
                .singleElement()
                .satisfies(l -> assertThat(l.collectivityCode()).isEqualTo(PLOUGONVEN));
    }

    @Test
    void aMemberSeesItsOwnSavingAsTheAssessmentGivesItAndNotTheOtherMembers() throws Exception {
        award("580");
        publications.publish(hardware.id(), null, analyst);

        PublishedAssessmentView view = publications.view(hardware.id(), null, botsorhel);
        AssessmentView own = assessments.of(hardware.id(), null, botsorhel);

        assertThat(view.hypothetical()).isFalse();
        assertThat(view.collectivity().member()).isTrue();
        assertThat(view.assessment().total().obtained().oneOff().value())
                .isEqualByComparingTo(
                        own.assessment().total().obtained().oneOff().value());
        String page = normalised(body(get("/procurements/{id}/assessment/published", hardware.id()), botsorhel));
        assertThat(page).contains("est membre de ce marché");
        assertThat(shows(page, MORLAIX_DESKTOPS)).isFalse();
        assertThat(shows(page, MORLAIX_COST)).isFalse();
        assertThat(page).doesNotContain("Plougonven");
        String mail = normalised(mailTo(botsorhel.username()));
        assertThat(mail)
                .contains("Votre économie")
                .contains(plain(own.assessment().total().obtained().oneOff().value()));
        assertThat(shows(mail, MORLAIX_DESKTOPS)).isFalse();
        assertThat(shows(mail, PLOUGONVEN_SAVING + ".00")).isFalse();
    }

    @Test
    void anotherCollectivitysViewOrAnotherTerritoryIs404AndTheStaffAndElectedPickAnyView() throws Exception {
        award("580");
        publications.publish(hardware.id(), null, analyst);

        mvc.perform(get("/procurements/{id}/assessment/published", hardware.id())
                        .param("collectivity", "" + t.id(BOTSORHEL))
                        .with(as(plougonven)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/procurements/{id}/assessment/published", hardware.id())
                        .param("collectivity", "" + t.id(PLOUGONVEN))
                        .with(as(botsorhel)))
                .andExpect(status().isNotFound());
        CensusFixture.Loaded elsewhere = CensusFixture.study2012(territories, campaigns, files, false);
        CurrentUser foreign = TestUsers.create(
                accounts, Role.CORRESPONDENT, elsewhere.collectivity(PLOUGONVEN).id());
        mvc.perform(get("/procurements/{id}/assessment/published", hardware.id())
                        .with(as(foreign)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/procurements/{id}/assessment/published", hardware.id())
                        .with(as(foreign)))
                .andExpect(status().isNotFound());
        // Elsewhere's collectivité is not one of this territory's: not revealed to the staff either.
        assertThatThrownBy(() -> publications.view(
                        hardware.id(), elsewhere.collectivity(PLOUGONVEN).id(), analyst))
                .isInstanceOf(NotFoundException.class);

        for (CurrentUser reader : List.of(analyst, elected)) {
            String whole = body(get("/procurements/{id}/assessment/published", hardware.id()), reader);
            assertThat(whole).contains("Botsorhel").contains("Plougonven (non membre)");
            String picked = normalised(body(
                    get("/procurements/{id}/assessment/published", hardware.id())
                            .param("collectivity", "" + t.id(PLOUGONVEN)),
                    reader));
            assertThat(picked).contains(PLOUGONVEN_SAVING + ".00").contains("n’a pas adhéré");
        }
    }

    @Test
    void publishingWritesToEveryCorrespondentOfTheTerritoryOnceAndRecordsTheSendingAndTheHistory() throws Exception {
        award("580");
        // The confirmation before sending says how many e-mails will go.
        String confirm = body(get("/procurements/{id}/assessment/publish", hardware.id()), analyst);
        assertThat(confirm)
                .contains("Courriels qui vont partir : 3")
                .contains("Confirmer : publier et envoyer les courriels");
        assertThat(SMTP.getReceivedMessages())
                .as("showing the confirmation sends nothing")
                .isEmpty();
        PublicationSummary first = publications.publish(hardware.id(), "Premier", analyst);

        assertThat(SMTP.waitForIncomingEmail(5000, 3)).isTrue();
        List<MimeMessage> received = Arrays.asList(SMTP.getReceivedMessages());
        assertThat(received)
                .extracting(m -> m.getRecipients(Message.RecipientType.TO)[0].toString())
                .containsExactlyInAnyOrder(morlaix.username(), botsorhel.username(), plougonvenMail);
        assertThat(received)
                .filteredOn(m -> recipient(m).equals(plougonvenMail))
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("ce que l’adhésion vous aurait fait économiser"));
        assertThat(received)
                .filteredOn(m -> recipient(m).equals(morlaix.username()))
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("votre économie"));
        assertThat(first.mailsSent()).isEqualTo(3);
        assertThat(first.mailsFailed()).isZero();
        assertThat(first.sentAt()).isNotNull();
        assertThat(first.message()).isEqualTo("Premier");

        PublicationSummary second = publications.publish(hardware.id(), "Second", analyst);
        assertThat(assessments.latestPublication(hardware.id()).orElseThrow().id())
                .isEqualTo(second.id());
        assertThat(publications.view(hardware.id(), null, analyst).history())
                .extracting(PublicationSummary::message)
                .containsExactly("Second", "Premier");
        assertThat(publications.view(hardware.id(), null, plougonven).history())
                .as("the history is the staff's")
                .isEmpty();
        Map<Long, PublicationSummary> batch = assessments.latestPublications(List.of(hardware.id(), -1L));
        assertThat(batch).containsOnlyKeys(hardware.id());
        assertThat(batch.get(hardware.id()).id()).isEqualTo(second.id());
    }

    @Test
    void theProcurementsItCanStillJoinAreThoseNotPublishedYetWhereItIsNotAMember() throws Exception {
        award("580");
        publications.publish(hardware.id(), null, analyst);
        ProcurementView open = future("Impression 2031", LocalDate.of(2031, 3, 1));
        ProcurementView later = future("Téléphonie 2032", LocalDate.of(2032, 3, 1));
        ProcurementFixture.group(t); // the past one below is the fixture's 2012 dates
        ProcurementFixture.Builder past = ProcurementFixture.group(t);
        past.subject = "Déjà consulté";
        procurements.create(past.form(), analyst);

        assertThat(publications.view(hardware.id(), null, plougonven).next())
                .extracting(JoinableProcurement::id, JoinableProcurement::deadline)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(open.id(), LocalDate.of(2031, 3, 1)),
                        org.assertj.core.groups.Tuple.tuple(later.id(), LocalDate.of(2032, 3, 1)));
        // Botsorhel is a member of both: nothing to join.
        assertThat(publications.view(hardware.id(), null, botsorhel).next()).isEmpty();
        assertThat(body(get("/procurements/{id}/assessment/published", hardware.id()), plougonven))
                .contains("Impression 2031")
                .contains("01/03/2031");
    }

    @Test
    void theAwardStateAndTheLatestPublicationNeedNoReader() {
        assertThat(assessments.awardState(hardware.id())).isEqualTo(new AwardState(hardware.id(), 1, 0, null, null));
        assertThat(assessments.complete(hardware.id())).isFalse();
        award("580");
        AwardState state = assessments.awardState(hardware.id());
        assertThat(state.offersAwarded()).isEqualTo(1);
        assertThat(state.firstAwardedOn()).isEqualTo(LocalDate.of(2012, 6, 1));
        assertThat(state.lastAwardedOn()).isEqualTo(LocalDate.of(2012, 6, 1));
        assertThat(assessments.complete(hardware.id())).isTrue();
        assertThat(assessments.awardStates(List.of(hardware.id(), -5L)))
                .containsEntry(-5L, AwardState.none(-5L))
                .containsEntry(hardware.id(), state);
        assertThat(assessments.latestPublication(hardware.id())).isEmpty();
        assertThat(assessments.latestPublications(List.of())).isEmpty();
    }

    @Test
    void anOverlongMessageIsRefusedOnTheFormAndByTheApi() throws Exception {
        award("580");
        String overlong = "x".repeat(AssessmentPublications.MESSAGE_LENGTH + 1);
        String page = body(
                post("/procurements/{id}/assessment/publish", hardware.id())
                        .param("message", overlong)
                        .with(csrf()),
                analyst);
        assertThat(normalised(page)).contains("Message aux communes : 2000 caractères au plus");
        mvc.perform(post("/api/procurements/{id}/assessment/publications", hardware.id())
                        .with(as(analyst))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"message\": \"" + overlong + "\"}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(assessments.latestPublication(hardware.id())).isEmpty();
        mvc.perform(post("/api/procurements/{id}/assessment/publications", hardware.id())
                        .with(as(analyst))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"message\": \"Par l’API\"}"))
                .andExpect(status().isCreated());
        assertThat(assessments.latestPublication(hardware.id()).orElseThrow().message())
                .isEqualTo("Par l’API");
    }

    // --- helpers ------------------------------------------------------------------------------

    private ProcurementView future(String subject, LocalDate publication) {
        ProcurementFixture.Builder b = ProcurementFixture.group(t);
        b.subject = subject;
        b.conventionSignedOn = publication.minusMonths(2);
        b.milestones = new Milestones(
                publication.minusMonths(3),
                publication.minusMonths(1),
                publication,
                publication.plusMonths(2),
                publication.plusMonths(2).plusDays(14),
                publication.plusMonths(3),
                publication.plusYears(3));
        b.members.clear();
        b.member(MORLAIX, null, null, publication.minusMonths(2).minusDays(10));
        b.member(BOTSORHEL, null, null, publication.minusMonths(2).minusDays(5));
        return procurements.create(b.form(), analyst);
    }

    private void award(String price) {
        assessments.award(
                hardware.id(),
                desktops.id(),
                new AwardForm("Dell", new BigDecimal(price), false, LocalDate.of(2012, 6, 1), 0),
                analyst);
    }

    private CurrentUser correspondent(String code, String prefix) {
        String email = TestUsers.uniqueName(prefix) + "@" + code + ".example.fr";
        return accounts.create(
                new NewAccount(email, "Correspondant " + code, Role.CORRESPONDENT, t.id(code), TestUsers.PASSWORD));
    }

    /** Distinctive answers in the members' and the EPCI's responses; Plougonven's own known one. */
    private void plant(CampaignSummary campaign) {
        String header = "code,name,desktops_excl_schools,laptops_excl_schools,os_xp,os_vista,os_7,os_windows_ce,"
                + "os_other_open_source,office_2003_or_older,office_2007,office_2010,openoffice,avg_lifespan_years,"
                + "avg_cost_desktop_eur_ht,avg_cost_laptop_eur_ht,maintenance_contract,comment\n";
        String rows = MORLAIX + ",Morlaix," + MORLAIX_DESKTOPS + ",3,140,0,0,0,0,152,0,0,152,5," + MORLAIX_COST
                + ",NC,yes,\n"
                + BOTSORHEL + ",Botsorhel," + BOTSORHEL_DESKTOPS + ",1,1,0,0,0,0,1,0,0,0,5," + BOTSORHEL_COST
                + ",NC,no,\n"
                + EPCI_SIREN + ",Morlaix Communauté," + EPCI_DESKTOPS + ",30,44,0,4,0,0,44,0,4,0,5," + EPCI_COST
                + ",900,yes,\n"
                + PLOUGONVEN + ",Plougonven,7,3,7,0,0,0,0,7,0,0,0,5,1000,NC,no,\n";
        files.importAnswers(
                campaign.id(),
                "planted.csv",
                new ByteArrayInputStream((header + rows).getBytes(StandardCharsets.UTF_8)),
                true,
                CensusFixture.STAFF);
    }

    private String body(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, CurrentUser reader)
            throws Exception {
        return mvc.perform(request.with(as(reader)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String mailTo(String address) throws Exception {
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (recipient(m).equals(address)) {
                return m.getSubject() + "\n" + new String(m.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no e-mail to " + address);
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long itemId(String code) {
        return jdbc.sql("select id from price_item where code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    private static final Pattern DIGIT_GROUP = Pattern.compile("(?<=\\d)[ \\u00a0\\u202f\\u2009](?=\\d{3}(?!\\d))");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<=\\d),(?=\\d)");
    private static final Pattern CSRF_TOKEN = Pattern.compile("(name=\"_csrf\" (?:value|content)=\")[^\"]*(?=\")");

    /** Numbers as the JSON writes them: French digit groups joined, decimal commas as points. */
    static String normalised(String body) {
        return DECIMAL_COMMA.matcher(DIGIT_GROUP.matcher(body).replaceAll("")).replaceAll(".");
    }

    /** Whether the text shows this value on its own, not inside a longer number or the CSRF token. */
    static boolean shows(String body, String value) {
        String text = CSRF_TOKEN.matcher(body).replaceAll("$1");
        return Pattern.compile("(?<![\\w.])" + Pattern.quote(value) + "(?!\\w|[.,]\\d)")
                .matcher(text)
                .find();
    }

    /** A saving as {@link #normalised} text shows it: two decimals. */
    private static String plain(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
