package org.mutualis.inventory;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.domain.DeviceChange;

/**
 * One state of a device: when it arrived, from an agent or an import, and what it changed from the
 * previous state (the first state changes nothing: it is where the device starts).
 */
public record DeviceHistoryEntry(
        LocalDateTime receivedAt, String origin, @Nullable Long importId, boolean first, List<DeviceChange> changes) {}
