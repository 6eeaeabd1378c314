package org.mutualis.inventory.domain;

import org.jspecify.annotations.Nullable;

/**
 * One difference between two states of a device: a field of its hardware or operating system that
 * changed, a software installed, removed or updated, a screen connected or disconnected.
 *
 * @param subject the field (“serial”, “os.fullName”) or the software's or screen's name
 */
public record DeviceChange(
        InventorySection section,
        Kind kind,
        String subject,
        @Nullable String before,
        @Nullable String after) {

    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }
}
