package org.mutualis.inventory;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.domain.DeviceKeys;
import org.mutualis.inventory.domain.DeviceStates;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.inventory.persistence.DeviceStore;
import org.mutualis.inventory.persistence.DeviceStore.DeviceRow;
import org.mutualis.inventory.persistence.FactsCodec;
import org.mutualis.shared.error.ConflictException;
import org.springframework.stereotype.Component;

/**
 * Stores one inventory of one collectivité's computer, in the caller's transaction: finds its device
 * (by the agent's device id, else by a usable serial: a reinstalled agent), refuses a replay (the
 * same body twice) or an inventory older than the last one, merges a partial inventory into the
 * device's state, and keeps a new state only when the facts changed (otherwise the device was just
 * seen again).
 */
@Component
class DeviceIngest {

    enum Origin {
        AGENT,
        IMPORT
    }

    /** What an inventory did: the device it went to, whether it was new, whether its facts changed. */
    record Outcome(long deviceId, boolean added, boolean changed) {}

    private final DeviceStore store;

    DeviceIngest(DeviceStore store) {
        this.store = store;
    }

    /**
     * @param payloadHash the SHA-256 of the agent's decompressed body (null for an import: importing a
     *     file again is no replay, it just changes nothing)
     * @throws ConflictException for a replay, or an inventory older than the device's last one
     */
    Outcome store(
            long territoryId,
            long collectivityId,
            @Nullable Long enrolmentId,
            InventoryReport report,
            Origin origin,
            @Nullable Long importId,
            @Nullable String payloadHash,
            LocalDateTime now) {
        String serial = DeviceKeys.usableSerial(report.serial());
        Optional<DeviceRow> found = store.byKeyForUpdate(collectivityId, report.deviceId());
        if (found.isEmpty() && serial != null) {
            found = store.bySerialForUpdate(collectivityId, serial);
        }
        if (found.isEmpty()) {
            InventoryReport facts = DeviceStates.facts(DeviceStates.merge(null, report));
            FactsCodec.Encoded encoded = FactsCodec.encode(facts);
            long id = store.insertDevice(territoryId, collectivityId, enrolmentId, report, serial, now, encoded.hash());
            store.insertState(id, now, origin.name(), importId, encoded);
            if (payloadHash != null) {
                store.receipt(id, payloadHash, now);
            }
            return new Outcome(id, true, true);
        }
        DeviceRow device = found.get();
        if (payloadHash != null && !store.receipt(device.id(), payloadHash, now)) {
            throw new ConflictException("inventory.agent.replay", report.deviceId());
        }
        LocalDateTime taken = report.inventoriedAt();
        if (taken != null && device.inventoriedAt() != null && taken.isBefore(device.inventoriedAt())) {
            throw new ConflictException("inventory.agent.outdated", report.deviceId(), taken, device.inventoriedAt());
        }
        InventoryReport previous =
                report.partial() ? store.currentFacts(device.id()).orElse(null) : null;
        InventoryReport facts = DeviceStates.facts(DeviceStates.merge(previous, report));
        FactsCodec.Encoded encoded = FactsCodec.encode(facts);
        boolean changed = !Objects.equals(encoded.hash(), device.factsHash());
        if (changed) {
            store.insertState(device.id(), now, origin.name(), importId, encoded);
        }
        store.updateDevice(
                device.id(), enrolmentId, facts, serial != null ? serial : device.serial(), now, encoded.hash(), taken);
        return new Outcome(device.id(), false, changed);
    }
}
