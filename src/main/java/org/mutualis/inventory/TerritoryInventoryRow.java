package org.mutualis.inventory;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A collectivité in the territory's inventory overview: its devices by freshness, its agents. */
public record TerritoryInventoryRow(
        long collectivityId,
        String code,
        String name,
        long fresh,
        long stale,
        long excluded,
        long activeEnrolments,
        @Nullable LocalDateTime lastSeen) {

    public long counted() {
        return fresh + stale;
    }
}
