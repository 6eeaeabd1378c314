package org.mutualis.inventory;

import java.util.List;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.inventory.domain.lifecycle.LifecycleVerdict;
import org.mutualis.inventory.domain.rules.Classification;

/**
 * A device: its summary, what its last state says, how the rules classify it (each finding with the
 * rule that decided), the support status of its system and of each office suite found (with the
 * lifecycle row and its source), and its history, newest first.
 */
public record DeviceView(
        DeviceSummary device,
        String collectivityName,
        InventoryReport facts,
        Classification classification,
        LifecycleVerdict systemSupport,
        List<LifecycleVerdict> officeSupport,
        List<DeviceHistoryEntry> history) {

    public DeviceView {
        officeSupport = List.copyOf(officeSupport);
        history = List.copyOf(history);
    }
}
