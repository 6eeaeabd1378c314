package org.mutualis.inventory.domain;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A device's state after an inventory: a full inventory replaces it; a partial one (GLPI Agent
 * between two full inventories) replaces only the sections it carries and keeps the others as the
 * previous state said. Software absent from a partial inventory is not removed.
 */
public final class DeviceStates {

    private DeviceStates() {}

    public static InventoryReport merge(@Nullable InventoryReport previous, InventoryReport incoming) {
        if (previous == null || !incoming.partial()) {
            return incoming;
        }
        Set<InventorySection> carried = incoming.sections();
        boolean hardware = carried.contains(InventorySection.HARDWARE);
        boolean os = carried.contains(InventorySection.OPERATING_SYSTEM);
        boolean software = carried.contains(InventorySection.SOFTWARE);
        boolean monitors = carried.contains(InventorySection.MONITORS);
        Set<InventorySection> sections = EnumSet.noneOf(InventorySection.class);
        sections.addAll(previous.sections());
        sections.addAll(carried);
        return new InventoryReport(
                incoming.source(),
                incoming.deviceId(),
                incoming.tag() != null ? incoming.tag() : previous.tag(),
                false,
                sections,
                hardware ? incoming.name() : previous.name(),
                hardware ? incoming.serial() : previous.serial(),
                hardware ? incoming.uuid() : previous.uuid(),
                hardware ? incoming.manufacturer() : previous.manufacturer(),
                hardware ? incoming.model() : previous.model(),
                hardware ? incoming.chassis() : previous.chassis(),
                hardware ? incoming.virtualSystem() : previous.virtualSystem(),
                hardware ? incoming.memoryMb() : previous.memoryMb(),
                hardware ? incoming.biosDate() : previous.biosDate(),
                incoming.purchaseDate() != null ? incoming.purchaseDate() : previous.purchaseDate(),
                os ? incoming.operatingSystem() : previous.operatingSystem(),
                software ? incoming.software() : previous.software(),
                monitors ? incoming.monitors() : previous.monitors(),
                software ? incoming.licences() : previous.licences(),
                incoming.agentVersion() != null ? incoming.agentVersion() : previous.agentVersion(),
                incoming.inventoriedAt());
    }

    /**
     * The same state without what changes at every inventory although nothing of the machine did
     * (when the agent took it): two inventories whose facts are equal say the same.
     */
    public static InventoryReport facts(InventoryReport state) {
        return new InventoryReport(
                state.source(),
                state.deviceId(),
                state.tag(),
                false,
                state.sections(),
                state.name(),
                state.serial(),
                state.uuid(),
                state.manufacturer(),
                state.model(),
                state.chassis(),
                state.virtualSystem(),
                state.memoryMb(),
                state.biosDate(),
                state.purchaseDate(),
                state.operatingSystem(),
                state.software(),
                state.monitors(),
                state.licences(),
                state.agentVersion(),
                null);
    }
}
