package org.mutualis.inventory;

/**
 * How recently a device was seen, by the territory's settings: seen within the stale delay, stale
 * (flagged, still counted), or left out of the counts.
 */
public enum Freshness {
    FRESH,
    STALE,
    EXCLUDED
}
