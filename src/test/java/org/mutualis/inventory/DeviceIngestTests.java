package org.mutualis.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.inventory.InventoryReports.desktop;
import static org.mutualis.inventory.InventoryReports.partialSoftware;
import static org.mutualis.inventory.InventoryReports.software;
import static org.mutualis.inventory.InventoryReports.taken;

import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.StudyCodes;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.inventory.domain.DeviceChange;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.servicedesk.TrainingFixture;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A device's life through its inventories: first seen, seen again without change, changed (a new
 * state and its history), its agent reinstalled (recognised by its serial, not by a placeholder
 * one), a partial inventory merged, a replay and an older inventory refused with nothing stored.
 */
@MutualisDbTest
class DeviceIngestTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    DeviceIngest ingest;

    @Autowired
    Devices devices;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    TerritorySummary territory;
    long botsorhel;
    CurrentUser admin;
    final LocalDateTime monday = LocalDateTime.of(2026, 11, 30, 9, 0);

    @BeforeEach
    void data() {
        territory = TrainingFixture.territory(territories);
        botsorhel = TrainingFixture.collectivity(territories, territory, StudyCodes.BOTSORHEL);
        admin = TestUsers.create(accounts, Role.ADMIN);
    }

    private DeviceIngest.Outcome send(InventoryReport report, String payload, LocalDateTime at) {
        return transactions.execute(status ->
                ingest.store(territory.id(), botsorhel, null, report, DeviceIngest.Origin.AGENT, null, payload, at));
    }

    @Test
    void theSameFactsAgainOnlyMoveLastSeen() {
        InventoryReport r = desktop("pc-01-2026", "5CD1234XYZ", List.of(software("Firefox", "128")));
        var first = send(taken(r, monday), "a", monday);
        var again = send(taken(r, monday.plusDays(1)), "b", monday.plusDays(1));

        assertThat(first.added()).isTrue();
        assertThat(again.deviceId()).isEqualTo(first.deviceId());
        assertThat(again.changed()).isFalse();
        DeviceView view = devices.get(first.deviceId(), admin);
        assertThat(view.history()).hasSize(1);
        assertThat(view.device().lastSeen()).isEqualTo(monday.plusDays(1));
        assertThat(view.device().firstSeen()).isEqualTo(monday);
    }

    @Test
    void aChangeIsANewStateWithItsDifferences() {
        InventoryReport r = desktop("pc-01-2026", "5CD1234XYZ", List.of(software("Firefox", "115")));
        long id = send(r, "a", monday).deviceId();
        var changed =
                send(desktop("pc-01-2026", "5CD1234XYZ", List.of(software("Firefox", "128"))), "b", monday.plusDays(1));

        assertThat(changed.changed()).isTrue();
        DeviceView view = devices.get(id, admin);
        assertThat(view.history()).hasSize(2);
        assertThat(view.history().get(0).changes())
                .containsExactly(new DeviceChange(
                        org.mutualis.inventory.domain.InventorySection.SOFTWARE,
                        DeviceChange.Kind.CHANGED,
                        "Firefox",
                        "115",
                        "128"));
        assertThat(view.facts().software()).containsExactly(software("Firefox", "128"));
    }

    @Test
    void aReinstalledAgentIsRecognisedByItsSerial() {
        long id = send(desktop("pc-01-2026-01-01", "5CD1234XYZ", List.of()), "a", monday)
                .deviceId();
        var again = send(desktop("pc-01-2026-11-30", "5CD1234XYZ", List.of()), "b", monday.plusDays(1));

        assertThat(again.deviceId()).isEqualTo(id);
        assertThat(devices.get(id, admin).device().agentKey()).isEqualTo("pc-01-2026-11-30");
    }

    @Test
    void aPlaceholderSerialTiesNoTwoMachinesTogether() {
        long one = send(desktop("pc-01", "To be filled by O.E.M.", List.of()), "a", monday)
                .deviceId();
        long two = send(desktop("pc-02", "To be filled by O.E.M.", List.of()), "b", monday)
                .deviceId();

        assertThat(two).isNotEqualTo(one);
    }

    @Test
    void aReplayIsRefusedAndNothingMoves() {
        InventoryReport r = desktop("pc-01", "5CD1234XYZ", List.of());
        long id = send(r, "same body", monday).deviceId();

        assertThatThrownBy(() -> send(r, "same body", monday.plusHours(1)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).code())
                .isEqualTo("inventory.agent.replay");
        assertThat(devices.get(id, admin).device().lastSeen()).isEqualTo(monday);
    }

    @Test
    void anInventoryOlderThanTheLastOneIsRefused() {
        InventoryReport r = desktop("pc-01", "5CD1234XYZ", List.of(software("Firefox", "128")));
        long id = send(taken(r, monday), "a", monday).deviceId();

        InventoryReport older = desktop("pc-01", "5CD1234XYZ", List.of(software("Firefox", "115")));
        assertThatThrownBy(() -> send(taken(older, monday.minusDays(3)), "b", monday.plusHours(1)))
                .isInstanceOf(ConflictException.class);
        assertThat(devices.get(id, admin).facts().software()).containsExactly(software("Firefox", "128"));
    }

    @Test
    void aPartialInventoryKeepsTheSystemAndScreensItDoesNotCarry() {
        InventoryReport full = desktop("pc-01", "5CD1234XYZ", List.of(software("Firefox", "115")));
        long id = send(full, "a", monday).deviceId();
        send(partialSoftware(full, List.of(software("Firefox", "128"))), "b", monday.plusDays(1));

        InventoryReport now = devices.get(id, admin).facts();
        assertThat(now.software()).containsExactly(software("Firefox", "128"));
        assertThat(now.operatingSystem()).isEqualTo(full.operatingSystem());
        assertThat(now.monitors()).isEqualTo(full.monitors());
    }

    /**
     * A device is found by its agent key through the unique index alone: no other index of the
     * devices starts with the collectivité, which PostgreSQL took on stale statistics for that
     * lookup and then read the whole fleet of the collectivité at every inventory (V35).
     */
    @Test
    void noIndexButTheKeysOwnLetsTheLookupByKeyReadACollectivitesWholeFleet() throws Exception {
        var firstColumns = new java.util.TreeMap<String, String>();
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            String table = meta.storesUpperCaseIdentifiers() ? "INV_DEVICE" : "inv_device";
            try (var indexes = meta.getIndexInfo(null, null, table, false, false)) {
                while (indexes.next()) {
                    if (indexes.getShort("ORDINAL_POSITION") == 1) {
                        firstColumns.put(
                                indexes.getString("INDEX_NAME").toLowerCase(java.util.Locale.ROOT),
                                indexes.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        assertThat(firstColumns).containsEntry("ix_inv_device_serial", "serial");
        // (H2 names the unique constraint's index after it, with a suffix, and adds its own index for
        // the foreign key, constraint_index_…: PostgreSQL, where the plan went wrong, adds none.)
        assertThat(firstColumns.entrySet())
                .filteredOn(e -> e.getValue().equals("collectivity_id"))
                .filteredOn(e -> !e.getKey().startsWith("constraint_index"))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getKey()).startsWith("uk_inv_device_key"));
    }
}
