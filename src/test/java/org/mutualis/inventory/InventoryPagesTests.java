package org.mutualis.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.PageCalls;
import org.mutualis.StudyCodes;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.servicedesk.TrainingFixture;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The inventory's pages as their users see them: the administrator enrols agents (the address shown
 * once), imports a GLPI export and finds the devices, a device's classification with its rules and
 * its support status, its history; a refused file names its problems and stores nothing; a
 * correspondent sees their own devices and is told another's do not exist.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class InventoryPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Devices devices;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    TerritorySummary territory;
    long botsorhel;
    long plougonven;
    CurrentUser admin;

    @BeforeEach
    void data() {
        territory = TrainingFixture.territory(territories);
        botsorhel = TrainingFixture.collectivity(territories, territory, StudyCodes.BOTSORHEL);
        plougonven = TrainingFixture.collectivity(territories, territory, StudyCodes.PLOUGONVEN);
        admin = TestUsers.create(accounts, Role.ADMIN);
    }

    private MockHttpServletResponse importFile(String name, byte[] content, CurrentUser user) throws Exception {
        return mvc.perform(
                        multipart("/inventory/collectivities/" + botsorhel + "/imports")
                                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                                .with(TestUsers.as(user))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn()
                .getResponse();
    }

    @Test
    void anEnrolmentShowsItsAddressOnceWithTheAgentsCommands() throws Exception {
        MockHttpServletResponse issued = PageCalls.call(
                mvc,
                post("/inventory/collectivities/" + botsorhel + "/enrolments").param("label", "Mairie"),
                admin);

        String page = PageCalls.body(issued);
        assertThat(page)
                .contains("/api/inventory/agent/")
                .contains("fusioninventory-agent --server")
                .contains("ocsinventory-agent");
        String list = PageCalls.body(PageCalls.call(mvc, get("/inventory/collectivities/" + botsorhel), admin));
        assertThat(list).contains("Mairie").doesNotContain("/api/inventory/agent/");
    }

    @Test
    void anImportedGlpiExportGivesDevicesWithTheirClassification() throws Exception {
        byte[] json = AgentEndpointTests.resource("glpi-agent-windows10-laptop.json");
        MockHttpServletResponse done = importFile("portable.json", json, admin);
        assertThat(done.getStatus()).isEqualTo(302);

        long id = devices.ofCollectivity(botsorhel, null, 1, admin)
                .devices()
                .items()
                .get(0)
                .id();
        String device = PageCalls.body(PageCalls.call(mvc, get("/inventory/devices/" + id), admin));
        assertThat(device)
                .contains("Portable")
                .contains("Windows 10")
                .contains("Support terminé")
                .contains("Microsoft Office")
                .contains("premier inventaire");
        String overview =
                PageCalls.body(PageCalls.call(mvc, get("/inventory").param("territory", "" + territory.id()), admin));
        assertThat(overview).contains("Botsorhel");
    }

    @Test
    void aRefusedFileNamesItsProblemsAndStoresNothing() throws Exception {
        MockHttpServletResponse refused =
                importFile("glpi.csv", "Nom;Numéro de série\n;ABC\n".getBytes(StandardCharsets.UTF_8), admin);

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(PageCalls.body(refused)).contains("Rien n’a été enregistré").contains("glpi.csv");
        assertThat(devices.ofCollectivity(botsorhel, null, 1, admin).devices().total())
                .isZero();
    }

    @Test
    void aCorrespondentSeesTheirOwnDevicesOnly() throws Exception {
        importFile("portable.json", AgentEndpointTests.resource("glpi-agent-windows10-laptop.json"), admin);
        long id = devices.ofCollectivity(botsorhel, null, 1, admin)
                .devices()
                .items()
                .get(0)
                .id();

        assertThat(PageCalls.call(mvc, get("/inventory/devices/" + id), TestUsers.correspondentOf(botsorhel))
                        .getStatus())
                .isEqualTo(200);
        assertThat(PageCalls.call(mvc, get("/inventory/devices/" + id), TestUsers.correspondentOf(plougonven))
                        .getStatus())
                .isEqualTo(404);
        assertThat(PageCalls.call(
                                mvc,
                                get("/inventory/collectivities/" + botsorhel),
                                TestUsers.correspondentOf(plougonven))
                        .getStatus())
                .isEqualTo(404);
    }
}
