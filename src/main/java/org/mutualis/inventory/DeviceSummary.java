package org.mutualis.inventory;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.domain.InventorySource;

/** A device in a list: its names, where its inventories come from, when it was last seen. */
public record DeviceSummary(
        long id,
        long collectivityId,
        @Nullable String name,
        String agentKey,
        @Nullable String serial,
        InventorySource source,
        boolean agent,
        LocalDateTime firstSeen,
        LocalDateTime lastSeen,
        Freshness freshness) {}
