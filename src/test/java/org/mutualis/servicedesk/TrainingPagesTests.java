package org.mutualis.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.PageCalls.body;
import static org.mutualis.PageCalls.call;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.PLOUGONVEN;
import static org.mutualis.servicedesk.TrainingFixture.ADMIN;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The training pages and API as people use them: the session page of an agent and of each
 * correspondent, the waiting list, the attendance form, the certificate (and the neighbour's 404),
 * the needs grouped by topic, the training days, a stale edit's 409.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class TrainingPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Trainings trainings;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    Clock clock;

    TerritorySummary territory;
    long botsorhel;
    long plougonven;
    CurrentUser own;
    CurrentUser neighbour;
    TrainingSessionView held;
    TrainingRegistrationView present;

    @BeforeEach
    void data() {
        territory = TrainingFixture.territory(territories);
        botsorhel = TrainingFixture.collectivity(territories, territory, BOTSORHEL);
        plougonven = TrainingFixture.collectivity(territories, territory, PLOUGONVEN);
        own = TestUsers.create(accounts, Role.CORRESPONDENT, botsorhel);
        neighbour = TestUsers.create(accounts, Role.CORRESPONDENT, plougonven);
        LocalDate today = LocalDate.now(clock);
        // Planned, registered to, moved to 2015, attendance taken: a session held.
        held = TrainingFixture.session(trainings, territory.id(), "Messagerie et agenda", today.plusDays(30), 10);
        present = trainings.register(held.id(), TrainingFixture.person(botsorhel, "Anne Le Bihan"), own);
        trainings.register(held.id(), TrainingFixture.person(plougonven, "Bernard Guéguen"), neighbour);
        trainings.update(
                held.id(),
                new TrainingSessionForm(
                        "Messagerie et agenda",
                        null,
                        LocalDate.of(2015, 3, 12),
                        null,
                        "09:00",
                        "17:00",
                        "Morlaix",
                        "Yann Le Goff",
                        10,
                        TrainingSessionStatus.PLANNED,
                        0L),
                ADMIN);
        held = trainings.session(held.id(), ADMIN);
    }

    @Test
    void agentsTakeTheAttendanceAndTheCorrespondentDownloadsTheCertificateTheNeighbourGets404() throws Exception {
        var page = call(mvc, get("/servicedesk/trainings/" + held.id()), ADMIN);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(body(page))
                .contains("Messagerie et agenda", "Anne Le Bihan", "Bernard Guéguen", "marks[0].presence");

        var marked = call(
                mvc,
                post("/servicedesk/trainings/" + held.id() + "/attendance")
                        .param("marks[0].registrationId", "" + present.id())
                        .param("marks[0].presence", "PRESENT"),
                ADMIN);
        assertThat(marked.getStatus()).isEqualTo(302);
        assertThat(trainings.session(held.id(), ADMIN).status()).isEqualTo(TrainingSessionStatus.HELD);

        var ownPage = body(call(mvc, get("/servicedesk/trainings/" + held.id()), own));
        assertThat(ownPage).contains("Anne Le Bihan", "certificate.pdf").doesNotContain("Bernard Guéguen");

        String certificate =
                "/servicedesk/trainings/" + held.id() + "/registrations/" + present.id() + "/certificate.pdf";
        var pdf = call(mvc, get(certificate), own);
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Attestation de présence", "Anne Le Bihan", "Botsorhel", "12/03/2015");
        }
        assertThat(call(mvc, get(certificate), neighbour).getStatus()).isEqualTo(404);
        assertThat(call(
                                mvc,
                                get("/api/servicedesk/trainings/" + held.id() + "/registrations/" + present.id()),
                                neighbour)
                        .getStatus())
                .isEqualTo(404);
        assertThat(call(
                                mvc,
                                get("/servicedesk/trainings/" + held.id() + "/registrations/" + present.id()
                                        + "/cancel"),
                                neighbour)
                        .getStatus())
                .isEqualTo(404);
        assertThat(call(
                                mvc,
                                get("/api/servicedesk/trainings/" + held.id() + "/registrations/" + present.id()
                                        + "/certificate.pdf"),
                                neighbour)
                        .getStatus())
                .isEqualTo(404);

        var days = call(
                mvc,
                get("/servicedesk/trainings/days")
                        .param("territory", "" + territory.id())
                        .param("year", "2015"),
                ADMIN);
        assertThat(days.getStatus()).isEqualTo(200);
        assertThat(body(days)).contains("Botsorhel", "1,00");
        assertThat(call(mvc, get("/servicedesk/trainings/days"), own).getStatus())
                .isEqualTo(403);
    }

    @Test
    void aFullSessionPutsTheNextPersonOnTheWaitingListAndTheListShowsIt() throws Exception {
        TrainingSessionView s = TrainingFixture.session(
                trainings, territory.id(), "Tableur", LocalDate.now(clock).plusDays(15), 1);
        assertThat(call(
                                mvc,
                                post("/servicedesk/trainings/" + s.id() + "/registrations")
                                        .param("collectivityId", "" + botsorhel)
                                        .param("personName", "Anne Le Bihan"),
                                own)
                        .getStatus())
                .isEqualTo(302);
        var waiting = call(
                mvc,
                post("/api/servicedesk/trainings/" + s.id() + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personName\":\"Bernard Guéguen\"}"),
                neighbour);
        assertThat(waiting.getStatus()).isEqualTo(201);
        assertThat(body(waiting)).contains("\"status\":\"WAITING\"", "\"rank\":1");
        var twice = call(
                mvc,
                post("/servicedesk/trainings/" + s.id() + "/registrations")
                        .param("collectivityId", "" + botsorhel)
                        .param("personName", "anne le bihan"),
                own);
        assertThat(twice.getStatus()).isEqualTo(422);
        assertThat(body(twice)).contains("déjà inscrit");

        var list = body(call(mvc, get("/servicedesk/trainings").param("territory", "" + territory.id()), own));
        assertThat(list).contains("Tableur", "Messagerie et agenda", "1 inscrit(s) sur 1 places, 1 en attente");
        assertThat(body(call(mvc, get("/api/servicedesk/trainings/" + s.id()), own)))
                .contains("\"waiting\":1");
    }

    @Test
    void aStaleEditIsRefusedWith409AndTheFormsRender() throws Exception {
        assertThat(call(mvc, get("/servicedesk/trainings/new").param("territory", "" + territory.id()), ADMIN)
                        .getStatus())
                .isEqualTo(200);
        assertThat(call(mvc, get("/servicedesk/trainings/" + held.id() + "/edit"), ADMIN)
                        .getStatus())
                .isEqualTo(200);
        assertThat(call(mvc, get("/servicedesk/trainings/" + held.id() + "/edit"), own)
                        .getStatus())
                .isEqualTo(403);
        String json = "{\"topic\":\"Messagerie\",\"firstDay\":\"2015-03-12\",\"startTime\":\"09:00\","
                + "\"endTime\":\"17:00\",\"place\":\"Morlaix\",\"trainer\":\"Yann Le Goff\",\"capacity\":10,"
                + "\"version\":0}";
        var stale = call(
                mvc,
                put("/api/servicedesk/trainings/" + held.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json),
                ADMIN);
        assertThat(stale.getStatus()).isEqualTo(409);
        var page = call(
                mvc,
                post("/servicedesk/trainings/" + held.id())
                        .param("topic", "Messagerie")
                        .param("firstDay", "12/03/2015")
                        .param("startTime", "09:00")
                        .param("endTime", "17:00")
                        .param("place", "Morlaix")
                        .param("trainer", "Yann Le Goff")
                        .param("capacity", "10")
                        .param("status", "PLANNED")
                        .param("version", "0"),
                ADMIN);
        assertThat(page.getStatus()).isEqualTo(409);
        assertThat(trainings.session(held.id(), ADMIN).topic()).isEqualTo("Messagerie et agenda");
    }

    @Test
    void needsAreSentByCorrespondentsAndGroupedForTheAgents() throws Exception {
        assertThat(call(
                                mvc,
                                post("/servicedesk/trainings/needs")
                                        .param("collectivityId", "" + botsorhel)
                                        .param("topic", "Site internet")
                                        .param("people", "2"),
                                own)
                        .getStatus())
                .isEqualTo(302);
        assertThat(call(
                                mvc,
                                post("/api/servicedesk/trainings/needs")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{\"topic\":\"site  internet\",\"people\":3}"),
                                neighbour)
                        .getStatus())
                .isEqualTo(201);
        var agents =
                body(call(mvc, get("/servicedesk/trainings/needs").param("territory", "" + territory.id()), ADMIN));
        assertThat(agents).contains("Site internet : 2 demande(s), 5 personne(s), 2 en attente");
        var mine = body(call(mvc, get("/servicedesk/trainings/needs"), own));
        assertThat(mine).contains("Botsorhel").doesNotContain("Plougonven</td>");
        assertThat(call(mvc, get("/servicedesk/trainings/needs"), TestUsers.someone(Role.ANALYST))
                        .getStatus())
                .isEqualTo(403);
        List<TrainingNeedView> needs =
                trainings.needs(territory.id(), ADMIN).topics().get(0).needs();
        var answered = call(
                mvc,
                post("/servicedesk/trainings/needs/" + needs.get(0).id() + "/answer")
                        .param("sessionId", "" + held.id()),
                ADMIN);
        assertThat(answered.getStatus()).isEqualTo(302);
        assertThat(trainings.needs(territory.id(), ADMIN).topics().get(0).open())
                .isEqualTo(1);
    }
}
