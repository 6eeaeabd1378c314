package org.mutualis.inventory;

import java.util.List;
import org.mutualis.inventory.domain.InventoryReport;

/** A device: its summary, what its last state says, and its history, newest first. */
public record DeviceView(
        DeviceSummary device, String collectivityName, InventoryReport facts, List<DeviceHistoryEntry> history) {}
