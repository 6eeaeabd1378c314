package org.mutualis.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
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
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.method.HandlerMethod;

/**
 * The agents' endpoint speaks their protocols: an OCS / FusionInventory PROLOG answered SEND and
 * its INVENTORY NO_ACCOUNT_UPDATE, in zlib at the default level (78 9C, which FusionInventory
 * looks for); a GLPI Agent's PROLOG answered in JSON, its CONTACT told to run the inventory only,
 * its JSON inventory stored, gzip answered in gzip. Bad input — an unknown or revoked address,
 * malformed XML or JSON, external entities, a compression bomb, a body over the limit, a replay —
 * gets a clear error in the agent's language, stores nothing, and the next agent is served.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class AgentEndpointTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Enrolments enrolments;

    @Autowired
    Devices devices;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    ApplicationContext context;

    long botsorhel;
    CurrentUser admin;
    String token;

    @BeforeEach
    void data() {
        TerritorySummary territory = TrainingFixture.territory(territories);
        botsorhel = TrainingFixture.collectivity(territories, territory, StudyCodes.BOTSORHEL);
        admin = TestUsers.create(accounts, Role.ADMIN);
        token = enrolments.issue(botsorhel, new EnrolmentForm("Mairie"), admin).token();
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = AgentEndpointTests.class.getResourceAsStream("/inventory/" + name)) {
            return in.readAllBytes();
        }
    }

    static byte[] zlib(byte[] bytes) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var z = new DeflaterOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var z = new GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }

    static String unzlib(byte[] bytes) throws IOException {
        try (var in = new InflaterInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private MockHttpServletResponse send(String path, byte[] body, String contentType, String... headers)
            throws Exception {
        var request =
                post("/api/inventory/agent/" + path).contentType(contentType).content(body);
        for (int i = 0; i < headers.length; i += 2) {
            request = request.header(headers[i], headers[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private long stored() {
        return devices.ofCollectivity(botsorhel, null, 1, admin).devices().total();
    }

    @Test
    void anOcsAgentIsToldToSendThenItsInventoryIsStored() throws Exception {
        String prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><REQUEST><DEVICEID>mairie-2026-11-30-10-00-00"
                + "</DEVICEID><QUERY>PROLOG</QUERY></REQUEST>";
        MockHttpServletResponse reply =
                send(token, zlib(prolog.getBytes(StandardCharsets.UTF_8)), "application/x-compress");

        assertThat(reply.getStatus()).isEqualTo(200);
        byte[] body = reply.getContentAsByteArray();
        assertThat(body[0]).isEqualTo((byte) 0x78);
        assertThat(body[1]).isEqualTo((byte) 0x9C);
        assertThat(unzlib(body)).contains("<RESPONSE>SEND</RESPONSE>").contains("<PROLOG_FREQ>24</PROLOG_FREQ>");

        MockHttpServletResponse stored = send(
                token,
                zlib(resource("ocsinventory-2.10-debian.ocs")),
                "application/x-compress",
                "User-Agent",
                "OCS-NG_unified_unix_agent_v2.10.0");
        assertThat(stored.getStatus()).isEqualTo(200);
        assertThat(unzlib(stored.getContentAsByteArray())).contains("<RESPONSE>NO_ACCOUNT_UPDATE</RESPONSE>");
        assertThat(stored()).isEqualTo(1);
        DeviceView device = devices.get(
                devices.ofCollectivity(botsorhel, null, 1, admin)
                        .devices()
                        .items()
                        .get(0)
                        .id(),
                admin);
        assertThat(device.facts().agentVersion()).isEqualTo("OCS-NG_unified_unix_agent_v2.10.0");
    }

    @Test
    void aGlpiAgentMovesToJsonAndItsInventoryIsStored() throws Exception {
        String prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><REQUEST><DEVICEID>portable-2026-11-30-10-00-00"
                + "</DEVICEID><QUERY>PROLOG</QUERY></REQUEST>";
        String agentId = "3a1f4c2e-8d6b-4e0a-9f3c-2b7d5e1a9c40";
        MockHttpServletResponse p = send(
                token,
                zlib(prolog.getBytes(StandardCharsets.UTF_8)),
                "application/x-compress-zlib",
                "GLPI-Agent-ID",
                agentId);
        assertThat(p.getStatus()).isEqualTo(200);
        assertThat(p.getContentType()).isEqualTo("application/x-compress-zlib");
        assertThat(unzlib(p.getContentAsByteArray()))
                .contains("\"status\":\"ok\"")
                .contains("\"expiration\":24");

        MockHttpServletResponse c = send(
                token,
                zlib(resource("glpi-agent-contact.json")),
                "application/x-compress-zlib",
                "GLPI-Agent-ID",
                agentId);
        assertThat(c.getStatus()).isEqualTo(200);
        String contact = unzlib(c.getContentAsByteArray());
        assertThat(contact).contains("\"inventory\"").contains("\"disabled\"");

        MockHttpServletResponse i = send(
                token,
                gzip(resource("glpi-agent-windows10-laptop.json")),
                "application/x-compress-gzip",
                "GLPI-Agent-ID",
                agentId);
        assertThat(i.getStatus()).isEqualTo(200);
        assertThat(i.getContentType()).isEqualTo("application/x-compress-gzip");
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void anUnknownOrRevokedAddressIsRefusedInTheAgentsLanguage() throws Exception {
        byte[] inventory = resource("glpi-agent-windows10-laptop.json");
        MockHttpServletResponse unknown = send("not-a-token", inventory, "application/json");
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"status\":\"error\"")
                .contains("inscription");

        var issued = enrolments.issue(botsorhel, new EnrolmentForm("École"), admin);
        enrolments.revoke(issued.enrolment().id(), admin);
        MockHttpServletResponse revoked =
                send(issued.token(), zlib(resource("ocsinventory-2.10-debian.ocs")), "application/x-compress");
        assertThat(revoked.getStatus()).isEqualTo(404);
        assertThat(unzlib(revoked.getContentAsByteArray())).contains("<ERROR>");
        assertThat(stored()).isZero();
    }

    @Test
    void badBodiesAreRefusedAndTheNextAgentIsServed() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<REQUEST><DEVICEID>&x;</DEVICEID><QUERY>INVENTORY</QUERY><CONTENT/></REQUEST>";
        MockHttpServletResponse entities =
                send(token, zlib(xxe.getBytes(StandardCharsets.UTF_8)), "application/x-compress");
        assertThat(entities.getStatus()).isEqualTo(400);
        assertThat(unzlib(entities.getContentAsByteArray())).doesNotContain("root:");

        MockHttpServletResponse malformed = send(
                token, zlib("<REQUEST><QUERY>INVENTORY".getBytes(StandardCharsets.UTF_8)), "application/x-compress");
        assertThat(malformed.getStatus()).isEqualTo(400);

        MockHttpServletResponse json =
                send(token, "{\"action\":\"inventory\",".getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(json.getStatus()).isEqualTo(400);
        assertThat(json.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":\"error\"");

        // 128 MB of zeros, 128 kB compressed: stopped at the limit (64 MB once decompressed).
        var out = new ByteArrayOutputStream();
        try (var z = new DeflaterOutputStream(out)) {
            byte[] zeros = new byte[1 << 20];
            for (int n = 0; n < 128; n++) {
                z.write(zeros);
            }
        }
        MockHttpServletResponse bomb = send(token, out.toByteArray(), "application/x-compress-zlib");
        assertThat(bomb.getStatus()).isEqualTo(400);

        MockHttpServletResponse huge = send(token, new byte[17 * 1024 * 1024], "application/x-compress");
        assertThat(huge.getStatus()).isEqualTo(413);

        assertThat(stored()).isZero();
        MockHttpServletResponse next =
                send(token, zlib(resource("fusioninventory-2.6-debian.xml")), "application/x-compress-zlib");
        assertThat(next.getStatus()).isEqualTo(200);
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void aReplayedInventoryIsRefused() throws Exception {
        byte[] inventory = zlib(resource("fusioninventory-2.6-debian.xml"));
        assertThat(send(token, inventory, "application/x-compress-zlib").getStatus())
                .isEqualTo(200);

        MockHttpServletResponse replay = send(token, inventory, "application/x-compress-zlib");
        assertThat(replay.getStatus()).isEqualTo(409);
        assertThat(unzlib(replay.getContentAsByteArray())).contains("rejeu");
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void theAgentsRouteIsAnsweredWithoutSpringMvcsLookupAndOtherAddressesAreNot() throws Exception {
        String prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><REQUEST><DEVICEID>route-2026-11-30-10-00-00"
                + "</DEVICEID><QUERY>PROLOG</QUERY></REQUEST>";
        var result = mvc.perform(post("/api/inventory/agent/" + token)
                        .contentType("application/x-compress")
                        .content(zlib(prolog.getBytes(StandardCharsets.UTF_8))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getHandler()).isInstanceOf(HttpRequestHandler.class).isNotInstanceOf(HandlerMethod.class);

        // Another method, or one more segment: Spring MVC and the security rules as for any address.
        assertThat(mvc.perform(get("/api/inventory/agent/" + token))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        var deeper = mvc.perform(post("/api/inventory/agent/" + token + "/more")
                        .contentType("application/x-compress")
                        .content(zlib(prolog.getBytes(StandardCharsets.UTF_8))))
                .andReturn();
        assertThat(deeper.getResponse().getStatus()).isEqualTo(401); // refused by the security rules, no route reached
        assertThat(deeper.getHandler()).isNull();
    }

    @Test
    void theDedicatedRouteAnswersExactlyAsTheAnnotatedOne() throws Exception {
        // The annotated route alone (Spring MVC's lookup and argument machinery, no AgentRoute).
        MockMvc annotated = MockMvcBuilders.standaloneSetup(context.getBean("agentEndpointController"))
                .build();
        String prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><REQUEST><DEVICEID>same-2026-11-30-10-00-00"
                + "</DEVICEID><QUERY>PROLOG</QUERY></REQUEST>";
        byte[] zprolog = zlib(prolog.getBytes(StandardCharsets.UTF_8));
        var requests = new java.util.ArrayList<java.util.function.Supplier<MockHttpServletRequestBuilder>>();
        requests.add(() -> post("/api/inventory/agent/" + token)
                .contentType("application/x-compress")
                .content(zprolog));
        requests.add(() -> post("/api/inventory/agent/" + token)
                .contentType("application/x-compress-zlib")
                .header("GLPI-Agent-ID", "3a1f4c2e-8d6b-4e0a-9f3c-2b7d5e1a9c40")
                .content(zprolog));
        requests.add(() -> post("/api/inventory/agent/not-a-token")
                .contentType("application/json")
                .content("{}"));
        requests.add(() -> post("/api/inventory/agent/" + token)
                .contentType("application/json")
                .content("{\"action\":\"inventory\",".getBytes(StandardCharsets.UTF_8)));
        requests.add(() -> post("/api/inventory/agent/" + token)
                .header("Content-Type", "application/x-compress", "application/json")
                .content(zprolog));
        requests.add(() -> post("/api/inventory/agent/" + token)
                .contentType("application/x-compress")
                .content(new byte[17 * 1024 * 1024]));
        for (var request : requests) {
            MockHttpServletResponse fast =
                    mvc.perform(request.get()).andReturn().getResponse();
            MockHttpServletResponse slow =
                    annotated.perform(request.get()).andReturn().getResponse();
            assertThat(fast.getStatus()).isEqualTo(slow.getStatus());
            assertThat(fast.getContentType()).isEqualTo(slow.getContentType());
            assertThat(fast.getContentAsByteArray()).isEqualTo(slow.getContentAsByteArray());
        }
    }
}
