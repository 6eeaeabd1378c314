package org.mutualis.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.inventory.InventoryReports.desktop;
import static org.mutualis.inventory.InventoryReports.software;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;

/** What the device's history shows between two inventories. */
class DeviceChangesTests {

    @Test
    void softwareInstalledRemovedAndUpdatedAreEachOneChange() {
        InventoryReport before =
                desktop("pc", "SN1", List.of(software("Firefox", "115"), software("Adobe Reader", "11")));
        InventoryReport after =
                desktop("pc", "SN1", List.of(software("Firefox", "128"), software("LibreOffice", "24.2")));

        assertThat(DeviceChanges.between(before, after))
                .containsExactlyInAnyOrder(
                        new DeviceChange(InventorySection.SOFTWARE, DeviceChange.Kind.CHANGED, "Firefox", "115", "128"),
                        new DeviceChange(
                                InventorySection.SOFTWARE, DeviceChange.Kind.ADDED, "LibreOffice", null, "24.2"),
                        new DeviceChange(
                                InventorySection.SOFTWARE, DeviceChange.Kind.REMOVED, "Adobe Reader", "11", null));
    }

    @Test
    void aNewSerialAndAnUpgradedSystemAreChanges() {
        InventoryReport before = desktop("pc", "SN1", List.of());
        InventoryReport after = desktop("pc", "SN2", List.of());
        var os = after.operatingSystem();
        after = new InventoryReport(
                after.source(),
                after.deviceId(),
                null,
                false,
                after.sections(),
                after.name(),
                after.serial(),
                null,
                after.manufacturer(),
                after.model(),
                after.chassis(),
                after.virtualSystem(),
                after.memoryMb(),
                after.biosDate(),
                null,
                new OperatingSystem(
                        "Windows",
                        "Microsoft Windows 11 Professionnel",
                        "24H2",
                        null,
                        "10.0.26100",
                        os.architecture(),
                        null,
                        os.installDate()),
                after.software(),
                after.monitors(),
                after.licences(),
                after.agentVersion(),
                null);

        assertThat(DeviceChanges.between(before, after))
                .extracting(DeviceChange::subject)
                .containsExactlyInAnyOrder("serial", "os.fullName", "os.version", "os.kernelVersion");
    }

    @Property
    void aStateComparedWithItselfHasNoChange(
            @ForAll @Size(max = 30) @UniqueElements List<@AlphaChars @StringLength(min = 1, max = 12) String> names) {
        List<Software> software = new ArrayList<>();
        names.forEach(n -> software.add(software(n, "1.0")));
        InventoryReport r = desktop("pc", "SN1", software);

        assertThat(DeviceChanges.between(r, r)).isEmpty();
    }

    @Property
    void everySoftwareAddedOrRemovedIsListed(
            @ForAll @Size(max = 20) @UniqueElements List<@AlphaChars @StringLength(min = 1, max = 12) String> before,
            @ForAll @Size(max = 20) @UniqueElements List<@AlphaChars @StringLength(min = 1, max = 12) String> after) {
        InventoryReport a =
                desktop("pc", "SN1", before.stream().map(n -> software(n, "1")).toList());
        InventoryReport b =
                desktop("pc", "SN1", after.stream().map(n -> software(n, "1")).toList());

        var changes = DeviceChanges.between(a, b);
        long added = after.stream().filter(n -> !before.contains(n)).count();
        long removed = before.stream().filter(n -> !after.contains(n)).count();
        assertThat(changes).filteredOn(c -> c.kind() == DeviceChange.Kind.ADDED).hasSize((int) added);
        assertThat(changes)
                .filteredOn(c -> c.kind() == DeviceChange.Kind.REMOVED)
                .hasSize((int) removed);
    }
}
