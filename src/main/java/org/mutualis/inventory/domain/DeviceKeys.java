package org.mutualis.inventory.domain;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a device is recognised: by its agent's device id first; when the agent was reinstalled (a
 * new device id), by its system serial — unless the serial is one of the placeholders that
 * manufacturers leave in the firmware, which many machines share.
 */
public final class DeviceKeys {

    private static final Set<String> PLACEHOLDERS = Set.of(
            "",
            "0",
            "00000000",
            "0000000000",
            "123456789",
            "none",
            "n/a",
            "na",
            "null",
            "not specified",
            "not available",
            "not applicable",
            "default string",
            "to be filled by o.e.m.",
            "to be filled by oem",
            "system serial number",
            "chassis serial number",
            "serial number",
            "invalid",
            "unknown",
            "oem",
            "xxxxxxxxxx");

    private DeviceKeys() {}

    /** The serial when it can tell one machine from another, else null. */
    public static @Nullable String usableSerial(@Nullable String serial) {
        if (serial == null) {
            return null;
        }
        String s = serial.strip();
        if (s.length() < 3
                || PLACEHOLDERS.contains(s.toLowerCase(Locale.ROOT))
                || s.chars().allMatch(c -> c == '0')) {
            return null;
        }
        return s;
    }
}
