package org.mutualis.inventory.domain.rules;

/** What kind of computer a device is. */
public enum DeviceType {
    DESKTOP,
    LAPTOP,
    THIN_CLIENT,
    SERVER,
    TABLET,
    OTHER,
    /** No rule matched: no chassis (a container) or one that says nothing (“Other”, “Unknown”). */
    UNKNOWN
}
