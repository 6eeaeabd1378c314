package org.mutualis.programme.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.EPCI_SIREN;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.procurement.ProcurementFixture;
import org.mutualis.procurement.Procurements;
import org.mutualis.programme.BodyForm;
import org.mutualis.programme.BodyKind;
import org.mutualis.programme.BodyRole;
import org.mutualis.programme.BodyView;
import org.mutualis.programme.DecisionForm;
import org.mutualis.programme.DecisionStatus;
import org.mutualis.programme.DeliberationForm;
import org.mutualis.programme.Governance;
import org.mutualis.programme.GovernanceTestData;
import org.mutualis.programme.MeetingForm;
import org.mutualis.programme.MeetingPresence;
import org.mutualis.programme.MeetingStatus;
import org.mutualis.programme.MeetingView;
import org.mutualis.programme.MemberForm;
import org.mutualis.programme.MemberView;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The governance pages and API as people use them: what they show, the 409 of a stale meeting, who is refused. */
@MutualisDbTest
@AutoConfigureMockMvc
class GovernancePagesTests {

    static final CurrentUser STAFF = org.mutualis.census.CensusFixture.STAFF;

    @Autowired
    org.mutualis.programme.Programmes programmes;

    @Autowired
    MockMvc mvc;

    @Autowired
    Governance governance;

    @Autowired
    Procurements procurements;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    ProcurementFixture.Loaded t;
    long programme;
    BodyView body;
    MemberView coordinator;
    MeetingView meeting;
    CurrentUser analyst;
    CurrentUser elected;
    CurrentUser botsorhel;
    CurrentUser foreigner;

    @BeforeEach
    void data() {
        t = ProcurementFixture.territory(territories, campaigns, files);
        programme = GovernanceTestData.programme(programmes, t.territory().id(), "Programme 2012–2015");
        long procurement =
                procurements.create(ProcurementFixture.group(t).form(), STAFF).id();
        long action = GovernanceTestData.action(programmes, programme, "Matériel informatique", procurement);
        body = governance.createBody(
                programme,
                new BodyForm(BodyKind.STEERING_COMMITTEE, "Comité de pilotage – matériel informatique", "HARDWARE"),
                STAFF);
        coordinator = governance.addMember(
                programme,
                body.id(),
                new MemberForm(null, "Coordonnateur", null, t.id(EPCI_SIREN), BodyRole.MARKET_COORDINATOR),
                STAFF);
        governance.addMember(
                programme,
                body.id(),
                new MemberForm(null, "Responsable", null, t.id(MORLAIX), BodyRole.GROUP_LEADER),
                STAFF);
        meeting = governance.createMeeting(
                programme,
                body.id(),
                new MeetingForm(
                        LocalDate.of(2012, 3, 9),
                        "14:00",
                        "Morlaix",
                        "Ordre du jour du comité",
                        "Compte rendu du comité",
                        MeetingStatus.HELD,
                        Map.of(coordinator.id(), MeetingPresence.PRESENT),
                        null),
                STAFF);
        governance.createDecision(
                programme,
                new DecisionForm(
                        body.id(),
                        meeting.id(),
                        LocalDate.of(2012, 3, 9),
                        "Lancement du marché groupé",
                        action,
                        DecisionStatus.ADOPTED),
                STAFF);
        governance.recordDeliberation(
                programme,
                new DeliberationForm(t.id(MORLAIX), "Convention de services", "C-1", LocalDate.of(2013, 1, 10)),
                STAFF);
        analyst = TestUsers.create(accounts, Role.ANALYST);
        elected = TestUsers.create(accounts, Role.ELECTED);
        botsorhel = TestUsers.create(accounts, Role.CORRESPONDENT, t.id(BOTSORHEL));
        long foreign = territories
                .collectivities(GovernanceTestData.otherTerritory(territories).id())
                .get(0)
                .id();
        foreigner = TestUsers.create(accounts, Role.CORRESPONDENT, foreign);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        return mvc.perform(request.with(as(user)).with(csrf())).andReturn().getResponse();
    }

    private String p(String path) {
        return "/programmes/" + programme + path;
    }

    @Test
    void everyPageRendersForTheStaff() throws Exception {
        for (String path : new String[] {
            "/governance",
            "/bodies/new",
            "/bodies/" + body.id(),
            "/bodies/" + body.id() + "/edit",
            "/bodies/" + body.id() + "/delete",
            "/bodies/" + body.id() + "/members/" + coordinator.id() + "/remove",
            "/bodies/" + body.id() + "/meetings/new",
            "/meetings/" + meeting.id(),
            "/meetings/" + meeting.id() + "/delete",
            "/decisions",
            "/decisions/new?meeting=" + meeting.id()
        }) {
            MockHttpServletResponse response = send(get(p(path)), analyst);
            assertThat(response.getStatus()).as(path).isEqualTo(200);
        }
        String page = send(get(p("/meetings/" + meeting.id())), analyst).getContentAsString();
        assertThat(page)
                .contains("Ordre du jour du comité")
                .contains("Compte rendu du comité")
                .contains("Lancement du marché groupé")
                .contains("name=\"attendance[" + coordinator.id() + "]\"");
        String register = send(get(p("/decisions")), analyst).getContentAsString();
        assertThat(register)
                .contains("Convention de services")
                .contains("20/02/2012")
                .contains("15/02/2012");
    }

    @Test
    void aCorrespondentReadsTheMinutesAndOnlyTheirOwnDeliberations() throws Exception {
        MockHttpServletResponse overview = send(get(p("/governance")), botsorhel);
        assertThat(overview.getStatus()).isEqualTo(200);
        assertThat(overview.getContentAsString()).contains("Comité de pilotage – matériel informatique");

        String register = send(get(p("/decisions")), botsorhel).getContentAsString();
        assertThat(register)
                .contains("Lancement du marché groupé")
                .contains("Botsorhel")
                .contains("20/02/2012");
        assertThat(register).doesNotContain("Convention de services").doesNotContain("15/02/2012");

        MockHttpServletResponse pdf = send(get(p("/meetings/" + meeting.id() + "/minutes.pdf")), botsorhel);
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(send(get(p("/bodies/new")), botsorhel).getStatus()).isEqualTo(403);
    }

    @Test
    void aForeignCorrespondentGets404AndElectedOfficialsCannotWrite() throws Exception {
        assertThat(send(get(p("/governance")), foreigner).getStatus()).isEqualTo(404);
        assertThat(send(get(p("/meetings/" + meeting.id() + "/minutes.ods")), foreigner)
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(post(p("/bodies")).param("kind", "OTHER").param("name", "X"), foreigner)
                        .getStatus())
                .isEqualTo(404);

        assertThat(send(get(p("/governance")), elected).getStatus()).isEqualTo(200);
        assertThat(send(post(p("/bodies")).param("kind", "OTHER").param("name", "X"), elected)
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(post(p("/bodies")).param("kind", "OTHER").param("name", ""), elected)
                        .getStatus())
                .as("who may comes before what the form lacks")
                .isEqualTo(403);
        assertThat(governance.bodies(programme, STAFF)).hasSize(1);
    }

    @Test
    void aStaleMeetingEditIsA409OnThePageAndTheApi() throws Exception {
        MockHttpServletResponse first = send(
                post(p("/meetings/" + meeting.id()))
                        .param("version", "" + meeting.version())
                        .param("date", "09/03/2012")
                        .param("time", "14:00")
                        .param("minutes", "Version d’Anne")
                        .param("status", "HELD")
                        .param("attendance[" + coordinator.id() + "]", "EXCUSED"),
                analyst);
        assertThat(first.getStatus()).isEqualTo(302);

        MockHttpServletResponse stale = send(
                post(p("/meetings/" + meeting.id()))
                        .param("version", "" + meeting.version())
                        .param("date", "09/03/2012")
                        .param("time", "15:00")
                        .param("minutes", "Version de Paul")
                        .param("status", "HELD"),
                analyst);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("Quelqu’un a modifié cette réunion entre-temps");

        String token = accounts.issueToken(analyst.id(), "test").secret();
        MockHttpServletResponse api = mvc.perform(put("/api/programmes/" + programme + "/meetings/" + meeting.id())
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2012-03-09\",\"time\":\"16:00\",\"status\":\"HELD\",\"version\":"
                                + meeting.version() + "}"))
                .andReturn()
                .getResponse();
        assertThat(api.getStatus()).isEqualTo(409);
        assertThat(api.getContentType()).startsWith("application/problem+json");

        MeetingView now = governance.meetings(programme).get(0);
        assertThat(now.minutes()).isEqualTo("Version d’Anne");
        assertThat(now.attendance().get(0).presence()).isEqualTo(MeetingPresence.EXCUSED);
    }

    @Test
    void theApiCreatesAMeetingAndRefusesAWrongTime() throws Exception {
        String token = accounts.issueToken(analyst.id(), "test").secret();
        MockHttpServletResponse created = mvc.perform(
                        post("/api/programmes/" + programme + "/bodies/" + body.id() + "/meetings")
                                .header("Authorization", "Bearer " + token)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"date\":\"18/05/2012\",\"time\":\"14:00\",\"place\":\"Morlaix\"}"))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getContentAsString()).contains("\"heldAt\":\"2012-05-18T14:00:00\"");

        MockHttpServletResponse refused = mvc.perform(
                        post("/api/programmes/" + programme + "/bodies/" + body.id() + "/meetings")
                                .header("Authorization", "Bearer " + token)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"date\":\"2012-05-18\",\"time\":\"25h\"}"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("time");
    }
}
