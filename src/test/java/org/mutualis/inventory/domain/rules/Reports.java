package org.mutualis.inventory.domain.rules;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.inventory.domain.InventorySection;
import org.mutualis.inventory.domain.InventorySource;
import org.mutualis.inventory.domain.Monitor;
import org.mutualis.inventory.domain.OperatingSystem;
import org.mutualis.inventory.domain.Software;

/** Inventories as agents report them, for the rules' tests. */
final class Reports {

    private Reports() {}

    static InventoryReport computer(
            @Nullable String manufacturer,
            @Nullable String model,
            @Nullable String chassis,
            @Nullable String vmsystem,
            @Nullable OperatingSystem os,
            List<String> software,
            List<String> licences) {
        return new InventoryReport(
                InventorySource.GLPI_JSON,
                "pc-2026-11-30-10-00-00",
                null,
                false,
                Set.of(InventorySection.values()),
                "pc",
                "SN1",
                null,
                manufacturer,
                model,
                chassis,
                vmsystem,
                8192,
                null,
                null,
                os,
                software.stream()
                        .map(name -> new Software(name, "16.0.1", "Microsoft", null))
                        .toList(),
                List.<Monitor>of(),
                licences,
                "2.6",
                null);
    }

    static InventoryReport withChassis(@Nullable String chassis) {
        return computer("Dell Inc.", "OptiPlex 7010", chassis, "Physical", null, List.of(), List.of());
    }

    static InventoryReport withOs(
            @Nullable String name, @Nullable String fullName, @Nullable String version, @Nullable String kernel) {
        return computer(
                "Dell Inc.",
                "OptiPlex 7010",
                "Desktop",
                "Physical",
                new OperatingSystem(name, fullName, version, null, kernel, "x86_64", null, null),
                List.of(),
                List.of());
    }

    static InventoryReport withSoftware(String... names) {
        return computer("Dell Inc.", "OptiPlex 7010", "Desktop", "Physical", null, List.of(names), List.of());
    }
}
