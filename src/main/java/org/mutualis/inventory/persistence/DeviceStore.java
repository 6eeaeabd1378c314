package org.mutualis.inventory.persistence;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.shared.Columns;
import org.mutualis.shared.RecordRows;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Devices, the states they went through, the agents' receipts, and the imports. */
@Repository
public class DeviceStore {

    public record DeviceRow(
            long id,
            long territoryId,
            long collectivityId,
            @Nullable Long enrolmentId,
            String agentKey,
            @Nullable String serial,
            @Nullable String name,
            String source,
            LocalDateTime firstSeen,
            LocalDateTime lastSeen,
            @Nullable LocalDateTime inventoriedAt,
            String factsHash,
            int version) {}

    /** A state's row without its facts. */
    public record StateRow(
            long id,
            long deviceId,
            LocalDateTime receivedAt,
            String origin,
            @Nullable Long importId,
            String factsHash) {}

    /** A device with its current facts. */
    public record DeviceFacts(DeviceRow device, InventoryReport facts) {}

    private record FactsRow(long deviceId, byte[] facts) {}

    private static final String DEVICE = "select id, territory_id, collectivity_id, enrolment_id, agent_key, serial,"
            + " name, source, first_seen, last_seen, inventoried_at, facts_hash, version from inv_device";

    private final JdbcClient jdbc;

    DeviceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DeviceRow> find(long id) {
        return jdbc.sql(DEVICE + " where id = :id")
                .param("id", id)
                .query(RecordRows.of(DeviceRow.class))
                .optional();
    }

    /** The device of this agent key in the collectivité, locked for the inventory being stored. */
    public Optional<DeviceRow> byKeyForUpdate(long collectivityId, String agentKey) {
        return jdbc.sql(DEVICE + " where collectivity_id = :collectivity and agent_key = :key for update")
                .param("collectivity", collectivityId)
                .param("key", agentKey)
                .query(RecordRows.of(DeviceRow.class))
                .optional();
    }

    /** The most recently seen device of this serial in the collectivité, locked. */
    public Optional<DeviceRow> bySerialForUpdate(long collectivityId, String serial) {
        return jdbc.sql(DEVICE + " where collectivity_id = :collectivity and serial = :serial"
                        + " order by last_seen desc, id desc fetch first 1 rows only for update")
                .param("collectivity", collectivityId)
                .param("serial", serial)
                .query(RecordRows.of(DeviceRow.class))
                .optional();
    }

    public List<DeviceRow> ofCollectivity(long collectivityId) {
        return jdbc.sql(DEVICE + " where collectivity_id = :collectivity order by name, agent_key, id")
                .param("collectivity", collectivityId)
                .query(RecordRows.of(DeviceRow.class))
                .list();
    }

    public List<DeviceRow> ofTerritory(long territoryId) {
        return jdbc.sql(DEVICE + " where territory_id = :territory order by collectivity_id, name, agent_key, id")
                .param("territory", territoryId)
                .query(RecordRows.of(DeviceRow.class))
                .list();
    }

    /** A page of one collectivité's devices whose name, serial or agent key contains the query. */
    public List<DeviceRow> page(long collectivityId, String query, long offset, int size) {
        return jdbc.sql(DEVICE + " where collectivity_id = :collectivity" + search(query)
                        + " order by name, agent_key, id offset :offset rows fetch next :size rows only")
                .param("collectivity", collectivityId)
                .param("q", like(query))
                .param("offset", offset)
                .param("size", size)
                .query(RecordRows.of(DeviceRow.class))
                .list();
    }

    public long count(long collectivityId, String query) {
        return jdbc.sql("select count(*) from inv_device where collectivity_id = :collectivity" + search(query))
                .param("collectivity", collectivityId)
                .param("q", like(query))
                .query(Long.class)
                .single();
    }

    private static String search(String query) {
        return query.isBlank() ? "" : " and (lower(name) like :q or lower(serial) like :q or lower(agent_key) like :q)";
    }

    private static String like(String query) {
        return "%"
                + query.strip()
                        .toLowerCase(java.util.Locale.ROOT)
                        .replace("%", "")
                        .replace("_", "") + "%";
    }

    public long insertDevice(
            long territoryId,
            long collectivityId,
            @Nullable Long enrolmentId,
            InventoryReport report,
            @Nullable String serial,
            LocalDateTime now,
            String factsHash) {
        return Columns.of()
                .set("territory_id", territoryId)
                .set("collectivity_id", collectivityId)
                .set("enrolment_id", enrolmentId)
                .set("agent_key", report.deviceId())
                .set("serial", serial)
                .set("name", report.name())
                .set("source", report.source().name())
                .set("first_seen", now)
                .set("last_seen", now)
                .set("inventoried_at", report.inventoriedAt())
                .set("facts_hash", factsHash)
                .insert(jdbc, "inv_device");
    }

    /** What a new inventory of a known device moves: its key (a reinstalled agent), names, times. */
    public void updateDevice(
            long id,
            @Nullable Long enrolmentId,
            InventoryReport report,
            @Nullable String serial,
            LocalDateTime now,
            String factsHash,
            @Nullable LocalDateTime inventoriedAt) {
        jdbc.sql("update inv_device set enrolment_id = coalesce(:enrolment, enrolment_id), agent_key = :key,"
                        + " serial = :serial, name = :name, source = :source, last_seen = :now,"
                        + " inventoried_at = coalesce(:inventoried, inventoried_at), facts_hash = :hash,"
                        + " version = version + 1 where id = :id")
                .param("enrolment", enrolmentId)
                .param("key", report.deviceId())
                .param("serial", serial)
                .param("name", report.name())
                .param("source", report.source().name())
                .param("now", now)
                .param("inventoried", inventoriedAt)
                .param("hash", factsHash)
                .param("id", id)
                .update();
    }

    public void insertState(
            long deviceId, LocalDateTime at, String origin, @Nullable Long importId, FactsCodec.Encoded facts) {
        Columns.of()
                .set("device_id", deviceId)
                .set("received_at", at)
                .set("origin", origin)
                .set("import_id", importId)
                .set("facts", facts.bytes())
                .set("facts_hash", facts.hash())
                .insertRow(jdbc, "inv_device_state");
    }

    /** @return false when this device already sent this body: a replay */
    public boolean receipt(long deviceId, String payloadHash, LocalDateTime at) {
        int inserted = jdbc.sql("insert into inv_receipt (device_id, payload_hash, received_at)"
                        + " select :device, :hash, :at where not exists (select 1 from inv_receipt"
                        + " where device_id = :device and payload_hash = :hash)")
                .param("device", deviceId)
                .param("hash", payloadHash)
                .param("at", at)
                .update();
        return inserted > 0;
    }

    /** The device's current facts (its last state). */
    public Optional<InventoryReport> currentFacts(long deviceId) {
        return jdbc.sql("select device_id, facts from inv_device_state where device_id = :device"
                        + " order by received_at desc, id desc fetch first 1 rows only")
                .param("device", deviceId)
                .query(RecordRows.of(FactsRow.class))
                .optional()
                .map(r -> FactsCodec.decode(r.facts()));
    }

    public List<StateRow> states(long deviceId) {
        return jdbc.sql("select id, device_id, received_at, origin, import_id, facts_hash from inv_device_state"
                        + " where device_id = :device order by received_at, id")
                .param("device", deviceId)
                .query(RecordRows.of(StateRow.class))
                .list();
    }

    public InventoryReport stateFacts(long stateId) {
        return jdbc.sql("select device_id, facts from inv_device_state where id = :id")
                .param("id", stateId)
                .query(RecordRows.of(FactsRow.class))
                .optional()
                .map(r -> FactsCodec.decode(r.facts()))
                .orElseThrow();
    }

    /**
     * The facts of each device of the territory as they stood at {@code at}: its last state received
     * by then, or, for a device first reported after it, its first state (its agent came later than
     * the date: its first report is what is known of it then); only the devices seen since {@code
     * seenSince}. The caller leaves out the devices its facts date after {@code at}.
     */
    public List<DeviceFacts> factsAt(long territoryId, LocalDateTime at, LocalDateTime seenSince) {
        List<DeviceRow> devices = jdbc.sql(DEVICE + " where territory_id = :territory and last_seen >= :since")
                .param("territory", territoryId)
                .param("since", seenSince)
                .query(RecordRows.of(DeviceRow.class))
                .list();
        List<FactsRow> facts = jdbc.sql("select s.device_id, s.facts from inv_device_state s"
                        + " join inv_device d on d.id = s.device_id where d.territory_id = :territory"
                        + " and d.last_seen >= :since"
                        + " and s.id = coalesce("
                        + "(select max(s2.id) from inv_device_state s2 where s2.device_id = s.device_id"
                        + " and s2.received_at <= :at),"
                        + " (select min(s3.id) from inv_device_state s3 where s3.device_id = s.device_id))")
                .param("territory", territoryId)
                .param("since", seenSince)
                .param("at", at)
                .query(RecordRows.of(FactsRow.class))
                .list();
        var byDevice = new java.util.HashMap<Long, InventoryReport>();
        facts.forEach(f -> byDevice.put(f.deviceId(), FactsCodec.decode(f.facts())));
        return devices.stream()
                .filter(d -> byDevice.containsKey(d.id()))
                .map(d -> new DeviceFacts(d, byDevice.get(d.id())))
                .toList();
    }

    public long insertImport(
            long territoryId, long collectivityId, String fileName, int inventories, String by, LocalDateTime at) {
        return Columns.of()
                .set("territory_id", territoryId)
                .set("collectivity_id", collectivityId)
                .set("file_name", fileName)
                .set("inventories", inventories)
                .set("devices_added", 0)
                .set("devices_changed", 0)
                .set("imported_by", by)
                .set("imported_at", at)
                .insert(jdbc, "inv_import");
    }

    public void importCounts(long importId, int added, int changed) {
        jdbc.sql("update inv_import set devices_added = :added, devices_changed = :changed where id = :id")
                .param("added", added)
                .param("changed", changed)
                .param("id", importId)
                .update();
    }

    public record ImportRow(
            long id,
            long collectivityId,
            String fileName,
            int inventories,
            int devicesAdded,
            int devicesChanged,
            String importedBy,
            LocalDateTime importedAt) {}

    public List<ImportRow> imports(long collectivityId) {
        return jdbc.sql("select id, collectivity_id, file_name, inventories, devices_added, devices_changed,"
                        + " imported_by, imported_at from inv_import where collectivity_id = :collectivity"
                        + " order by imported_at desc, id desc")
                .param("collectivity", collectivityId)
                .query(RecordRows.of(ImportRow.class))
                .list();
    }

    public record Settings(long territoryId, int staleDays, int excludedDays, int version) {}

    public Settings settings(long territoryId) {
        return jdbc.sql("select territory_id, stale_days, excluded_days, version from inv_settings"
                        + " where territory_id = :territory")
                .param("territory", territoryId)
                .query(RecordRows.of(Settings.class))
                .optional()
                .orElse(new Settings(territoryId, 30, 90, -1));
    }

    /** @return false when someone changed them meanwhile */
    public boolean saveSettings(long territoryId, int staleDays, int excludedDays, int expectedVersion) {
        if (expectedVersion < 0) {
            try {
                Columns.of()
                        .set("territory_id", territoryId)
                        .set("stale_days", staleDays)
                        .set("excluded_days", excludedDays)
                        .insertRow(jdbc, "inv_settings");
                return true;
            } catch (DuplicateKeyException e) {
                return false;
            }
        }
        return jdbc.sql("update inv_settings set stale_days = :stale, excluded_days = :excluded,"
                                + " version = version + 1 where territory_id = :territory and version = :version")
                        .param("stale", staleDays)
                        .param("excluded", excludedDays)
                        .param("territory", territoryId)
                        .param("version", expectedVersion)
                        .update()
                > 0;
    }
}
