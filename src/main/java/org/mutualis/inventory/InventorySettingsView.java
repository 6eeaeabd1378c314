package org.mutualis.inventory;

/**
 * A territory's inventory settings: a device not seen for {@code staleDays} is flagged stale, after
 * {@code excludedDays} it is left out of the counts.
 */
public record InventorySettingsView(long territoryId, int staleDays, int excludedDays, int version) {}
