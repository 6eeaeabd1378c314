package org.mutualis.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.PLOUGONVEN;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ticket pages and API as people use them: the form with a file, the ticket page (text escaped,
 * line breaks kept, private notes for agents only), downloads that never render in the browser, the
 * queue, and the neighbour who never sees Botsorhel's ticket.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class TicketPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Tickets tickets;

    @Autowired
    ServiceCentres centres;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    Accounts accounts;

    ProcurementFixture.Loaded t;
    CurrentUser correspondent;
    CurrentUser neighbour;
    CurrentUser technician;

    @BeforeEach
    void data() {
        t = ProcurementFixture.territory(territories, campaigns, files);
        long centre = centres.ofTerritory(t.territory().id()).id();
        correspondent = TestUsers.create(accounts, Role.CORRESPONDENT, t.id(BOTSORHEL));
        neighbour = TestUsers.create(accounts, Role.CORRESPONDENT, t.id(PLOUGONVEN));
        technician = TestUsers.create(accounts, Role.TECHNICIAN);
        centres.addAgent(centre, technician.id(), TestUsers.create(accounts, Role.ADMIN));
    }

    @Test
    void aCorrespondentOpensATicketWithAFileAndReadsItBack() throws Exception {
        mvc.perform(get("/servicedesk").with(as(correspondent))).andExpect(status().isOk());
        mvc.perform(get("/servicedesk/tickets/new").with(as(correspondent))).andExpect(status().isOk());
        String location = mvc.perform(multipart("/servicedesk/tickets")
                        .file(new MockMultipartFile(
                                "files", "erreur.txt", "text/html", "Erreur 42".getBytes(StandardCharsets.UTF_8)))
                        .param("collectivityId", "" + t.id(BOTSORHEL))
                        .param("title", "Imprimante <b>HS</b>")
                        .param("description", "Ligne un\n<script>alert(1)</script>")
                        .param("impact", "2")
                        .param("urgency", "2")
                        .with(as(correspondent))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        tickets.addFollowUp(id, new FollowUpForm("Code du coffre : 1234", true, 5), List.of(), technician);

        String page = mvc.perform(get("/servicedesk/tickets/{id}", id).with(as(correspondent)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Imprimante &lt;b&gt;HS&lt;/b&gt;")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)")
                .doesNotContain("coffre");
        assertThat(mvc.perform(get("/servicedesk/tickets/{id}", id).with(as(technician)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("coffre");
        assertThat(mvc.perform(get("/api/servicedesk/tickets/{id}", id).with(as(correspondent)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("coffre");

        long attachment = tickets.attachments(id, correspondent).get(0).id();
        mvc.perform(get("/servicedesk/attachments/{id}", attachment).with(as(correspondent)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/plain")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));

        mvc.perform(get("/servicedesk/tickets/{id}", id).with(as(neighbour))).andExpect(status().isNotFound());
        mvc.perform(get("/servicedesk/attachments/{id}", attachment).with(as(neighbour)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/servicedesk/attachments/{id}", attachment).with(as(neighbour)))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/api/servicedesk/tickets").with(as(neighbour)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Imprimante");
        assertThat(mvc.perform(get("/servicedesk/queue").with(as(technician)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Imprimante &lt;b&gt;HS&lt;/b&gt;");
        mvc.perform(get("/servicedesk/queue").with(as(correspondent))).andExpect(status().isForbidden());
    }

    @Test
    void aForbiddenFileIsRefusedWithAClearMessageAndNothingStored() throws Exception {
        long before = tickets.mine(TicketFilter.all(), correspondent).total();
        String page = mvc.perform(multipart("/servicedesk/tickets")
                        .file(new MockMultipartFile(
                                "files", "facture.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0}))
                        .param("collectivityId", "" + t.id(BOTSORHEL))
                        .param("title", "Facture")
                        .param("description", "Voir la pièce jointe")
                        .with(as(correspondent))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("facture.pdf").contains("n’est pas d’un type accepté");
        assertThat(tickets.mine(TicketFilter.all(), correspondent).total()).isEqualTo(before);

        String refused = mvc.perform(post("/servicedesk/tickets")
                        .param("collectivityId", "" + t.id(BOTSORHEL))
                        .param("title", " ")
                        .param("description", "x".repeat(20_001))
                        .with(as(correspondent))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Donnez un titre à votre demande.").contains("Au plus 20000 caractères.");
        assertThat(tickets.mine(TicketFilter.all(), correspondent).total()).isEqualTo(before);
    }

    @Test
    void theApiOpensAndMovesATicket() throws Exception {
        String created = mvc.perform(post("/api/servicedesk/tickets")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"collectivityId\":" + t.id(BOTSORHEL)
                                        + ",\"title\":\"Téléphone\",\"description\":\"Pas de tonalité\",\"impact\":4,\"urgency\":4}")
                        .with(as(correspondent))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(created).contains("\"priority\":\"HIGH\"").contains("\"status\":\"NEW\"");
        long id =
                tickets.mine(TicketFilter.all(), correspondent).tickets().get(0).id();
        mvc.perform(post("/api/servicedesk/tickets/{id}/status", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"SOLVED\",\"version\":0}")
                        .with(as(correspondent))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/servicedesk/tickets/{id}/status", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"IN_PROGRESS\",\"version\":0}")
                        .with(as(technician))
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/servicedesk/tickets/{id}/status", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"SOLVED\",\"version\":0}")
                        .with(as(technician))
                        .with(csrf()))
                .andExpect(status().isConflict());
    }
}
