package org.mutualis.census;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * What the inventory counted for one collectivité at a census date (issue 15).
 *
 * @param takenAt the moment the counts describe: the census date's end, or now when it is still to
 *     come
 * @param devices the devices counted (seen recently enough, not left out for their age)
 * @param values by question code, the count the inventory gives it (only codes it can fill)
 */
public record InventorySnapshot(LocalDateTime takenAt, int devices, Map<String, BigDecimal> values) {

    public InventorySnapshot {
        values = Map.copyOf(values);
    }
}
