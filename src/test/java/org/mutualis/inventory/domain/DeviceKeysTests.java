package org.mutualis.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The firmware's placeholder serials never tie two machines together. */
class DeviceKeysTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "To be filled by O.E.M.",
                "Default string",
                "System Serial Number",
                "0",
                "0000000000",
                "  ",
                "N/A"
            })
    void placeholdersAreNoSerial(String serial) {
        assertThat(DeviceKeys.usableSerial(serial)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5CD1234XYZ", "CZC4321ABC", "VMware-56 4d 12 34"})
    void realSerialsAreKeptTrimmed(String serial) {
        assertThat(DeviceKeys.usableSerial(" " + serial + " ")).isEqualTo(serial);
    }
}
