package org.mutualis.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.inventory.InventoryReports.desktop;
import static org.mutualis.inventory.InventoryReports.partialSoftware;
import static org.mutualis.inventory.InventoryReports.software;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** A partial inventory changes only what it carries; a full one says everything again. */
class DeviceStatesTests {

    @Test
    void aPartialInventoryKeepsTheSectionsItDoesNotCarry() {
        InventoryReport before = desktop("pc-01", "SN1", List.of(software("LibreOffice", "7.6")));
        InventoryReport partial = partialSoftware(before, List.of(software("LibreOffice", "24.2")));

        InventoryReport merged = DeviceStates.merge(before, partial);

        assertThat(merged.software()).containsExactly(software("LibreOffice", "24.2"));
        assertThat(merged.operatingSystem()).isEqualTo(before.operatingSystem());
        assertThat(merged.monitors()).isEqualTo(before.monitors());
        assertThat(merged.partial()).isFalse();
        assertThat(merged.sections()).containsExactlyInAnyOrderElementsOf(before.sections());
    }

    @Test
    void aPartialInventoryOfAnUnknownDeviceIsAllThereIs() {
        InventoryReport partial = partialSoftware(desktop("pc-01", "SN1", List.of()), List.of(software("7-Zip", "23")));

        assertThat(DeviceStates.merge(null, partial).software()).containsExactly(software("7-Zip", "23"));
    }

    @Property
    void aFullInventoryReplacesWhateverWasThere(
            @ForAll @AlphaChars @StringLength(min = 1, max = 20) String before,
            @ForAll @AlphaChars @StringLength(min = 1, max = 20) String after) {
        InventoryReport old = desktop("pc", before, List.of(software(before, "1")));
        InventoryReport full = desktop("pc", after, List.of(software(after, "2")));

        assertThat(DeviceStates.merge(old, full)).isEqualTo(full);
    }

    @Property
    void factsForgetOnlyWhenTheInventoryWasTaken(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String serial) {
        InventoryReport r = desktop("pc", serial, List.of(software("Firefox", "128")));
        InventoryReport later =
                org.mutualis.inventory.InventoryReports.taken(r, java.time.LocalDateTime.of(2026, 11, 30, 9, 0));

        assertThat(DeviceStates.facts(later)).isEqualTo(DeviceStates.facts(r));
        assertThat(DeviceStates.facts(DeviceStates.facts(r))).isEqualTo(DeviceStates.facts(r));
    }
}
