package org.mutualis.inventory.domain.formats;

/**
 * What one imported file may hold: its bytes once decompressed (a ZIP's entries counted as they
 * inflate), its entries, its inventories.
 */
public record FileLimits(long maxInflatedBytes, int maxEntries, int maxInventories) {}
