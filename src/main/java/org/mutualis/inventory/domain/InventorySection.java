package org.mutualis.inventory.domain;

/**
 * The parts of an inventory that a partial inventory may leave out: a part that is not {@link
 * InventoryReport#sections() present} keeps what the device's previous state said.
 */
public enum InventorySection {
    /** Name, serial, manufacturer, model, chassis, virtual machine system, memory, BIOS date. */
    HARDWARE,
    OPERATING_SYSTEM,
    SOFTWARE,
    MONITORS
}
