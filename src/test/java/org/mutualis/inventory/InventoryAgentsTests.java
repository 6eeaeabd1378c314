package org.mutualis.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mutualis.StudyCodes;
import org.mutualis.TestDatabaseIsolation;
import org.mutualis.TestDatabaseProfiles;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.inventory.domain.InventorySource;
import org.mutualis.servicedesk.TrainingFixture;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The real agents, Debian's {@code fusioninventory-agent} 2.6 and {@code ocsinventory-agent} 2.10,
 * run against the application on 127.0.0.1 (a random port): their inventory of this very machine
 * arrives through the OCS/FusionInventory protocol (PROLOG, then INVENTORY, zlib both ways) and is
 * stored as a device of the collectivité whose enrolment address they were given; their files
 * ({@code --local}) are imported too; a revoked address stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@ContextConfiguration(initializers = TestDatabaseIsolation.class)
@ExtendWith(AgentAvailability.class)
class InventoryAgentsTests {

    @LocalServerPort
    int port;

    @Autowired
    Enrolments enrolments;

    @Autowired
    Devices devices;

    @Autowired
    InventoryImports imports;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @TempDir
    Path work;

    TerritorySummary territory;
    CurrentUser admin;

    @BeforeEach
    void data() {
        territory = TrainingFixture.territory(territories);
        admin = TestUsers.create(accounts, Role.ADMIN);
    }

    private long commune(String code) {
        return TrainingFixture.collectivity(territories, territory, code);
    }

    private String address(long collectivity) {
        String url = enrolments
                .issue(collectivity, new EnrolmentForm("Agents " + System.nanoTime()), admin)
                .url();
        // The configured base address names the demo's port; the agents post to this test's server.
        return "http://127.0.0.1:" + port + url.substring(url.indexOf("/api/inventory/agent/"));
    }

    private List<DeviceSummary> devicesOf(long collectivity) {
        return devices.ofCollectivity(collectivity, null, 1, admin).devices().items();
    }

    private static String host() throws IOException {
        return InetAddress.getLocalHost().getHostName();
    }

    private Result run(String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(work, "agent", ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(240, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(
                    "agent still running after 240 s: " + String.join(" ", command) + "\n" + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.ISO_8859_1));
    }

    record Result(int exit, String log) {}

    @Test
    void fusionInventorySendsThisMachineThroughProlog() throws Exception {
        long botsorhel = commune(StudyCodes.BOTSORHEL);
        Result r = run(
                AgentAvailability.find(AgentAvailability.FUSION).orElseThrow().toString(),
                "--server",
                address(botsorhel),
                "--tasks=inventory",
                "--logger=stderr",
                "--debug",
                "--timeout=120");

        assertThat(r.exit()).as(r.log()).isZero();
        List<DeviceSummary> found = devicesOf(botsorhel);
        assertThat(found).as(r.log()).hasSize(1);
        DeviceSummary device = found.get(0);
        assertThat(device.source()).isEqualTo(InventorySource.OCS_XML);
        assertThat(device.agent()).isTrue();
        DeviceView view = devices.get(device.id(), admin);
        assertThat(view.facts().name()).isNotBlank();
        assertThat(host())
                .startsWith(view.facts().name().toLowerCase().split("\\.")[0].substring(0, 1));
        assertThat(view.facts().agentVersion()).contains("FusionInventory");
        assertThat(view.facts().operatingSystem()).isNotNull();
        assertThat(view.facts().software()).as("the packages of this machine").isNotEmpty();
    }

    @Test
    void ocsInventorySendsThisMachine() throws Exception {
        long plougonven = commune(StudyCodes.PLOUGONVEN);
        Result r = run(
                AgentAvailability.find(AgentAvailability.OCS).orElseThrow().toString(),
                "--nolocal",
                "--server=" + address(plougonven),
                "--basevardir=" + work.resolve("ocs-var"),
                "--logfile=" + work.resolve("ocs.log"),
                "--debug");

        String log = r.log() + readIfThere(work.resolve("ocs.log"));
        assertThat(r.exit()).as(log).isZero();
        List<DeviceSummary> found = devicesOf(plougonven);
        assertThat(found).as(log).hasSize(1);
        DeviceView view = devices.get(found.get(0).id(), admin);
        assertThat(view.facts().source()).isEqualTo(InventorySource.OCS_XML);
        assertThat(view.facts().agentVersion()).containsIgnoringCase("OCS");
        assertThat(view.facts().operatingSystem()).isNotNull();
    }

    @Test
    void theAgentsFilesAreImported() throws Exception {
        long botsorhel = commune(StudyCodes.BOTSORHEL);
        Path fusionOut = Files.createDirectories(work.resolve("fusion"));
        Path ocsOut = Files.createDirectories(work.resolve("ocs"));
        Result fusion = run(
                AgentAvailability.find(AgentAvailability.FUSION).orElseThrow().toString(),
                "--local",
                fusionOut.toString(),
                "--tasks=inventory",
                "--logger=stderr");
        Result ocs = run(
                AgentAvailability.find(AgentAvailability.OCS).orElseThrow().toString(),
                "--local=" + ocsOut,
                "--basevardir=" + work.resolve("ocs-var-local"),
                "--logfile=" + work.resolve("ocs-local.log"));
        assertThat(fusion.exit()).as(fusion.log()).isZero();
        assertThat(ocs.exit())
                .as(ocs.log() + readIfThere(work.resolve("ocs-local.log")))
                .isZero();

        List<Path> files = new ArrayList<>();
        try (Stream<Path> a = Files.list(fusionOut);
                Stream<Path> b = Files.list(ocsOut)) {
            a.forEach(files::add);
            b.forEach(files::add);
        }
        assertThat(files).hasSize(2);
        for (Path file : files) {
            String name = file.getFileName().toString();
            // FusionInventory writes <deviceid>.ocs, OCS <deviceid>.ocs too: both are the XML REQUEST.
            ImportView done = imports.importFile(botsorhel, name, Files.readAllBytes(file), admin);
            assertThat(done.inventories()).isEqualTo(1);
        }
        // The same machine by two agents: their serial ties them to one device when the firmware has one.
        assertThat(devicesOf(botsorhel)).isNotEmpty().allMatch(d -> !d.agent());
    }

    @Test
    void aRevokedAddressStoresNothing() throws Exception {
        long botsorhel = commune(StudyCodes.BOTSORHEL);
        String address = address(botsorhel);
        var enrolment = enrolments.ofCollectivity(botsorhel, admin).get(0);
        enrolments.revoke(enrolment.id(), admin);

        Result r = run(
                AgentAvailability.find(AgentAvailability.OCS).orElseThrow().toString(),
                "--nolocal",
                "--server=" + address,
                "--basevardir=" + work.resolve("ocs-var-revoked"),
                "--logfile=" + work.resolve("ocs-revoked.log"),
                "--debug");

        assertThat(devicesOf(botsorhel)).as(r.log()).isEmpty();
    }

    private static String readIfThere(Path file) throws IOException {
        return Files.exists(file) ? "\n" + Files.readString(file, StandardCharsets.ISO_8859_1) : "";
    }
}
