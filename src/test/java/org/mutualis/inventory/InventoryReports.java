package org.mutualis.inventory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.inventory.domain.InventorySection;
import org.mutualis.inventory.domain.InventorySource;
import org.mutualis.inventory.domain.Monitor;
import org.mutualis.inventory.domain.OperatingSystem;
import org.mutualis.inventory.domain.Software;

/** Inventories written by hand for the tests: a Windows 10 desktop of a town hall, and its variations. */
public final class InventoryReports {

    private InventoryReports() {}

    public static InventoryReport desktop(String deviceId, @Nullable String serial, List<Software> software) {
        return new InventoryReport(
                InventorySource.GLPI_JSON,
                deviceId,
                null,
                false,
                EnumSet.allOf(InventorySection.class),
                "PC-MAIRIE-01",
                serial,
                null,
                "Dell Inc.",
                "OptiPlex 7050",
                "Desktop",
                "Physical",
                8192,
                LocalDate.of(2017, 6, 12),
                null,
                new OperatingSystem(
                        "Windows",
                        "Microsoft Windows 10 Professionnel",
                        "22H2",
                        null,
                        "10.0.19045",
                        "64-bit",
                        null,
                        LocalDate.of(2020, 3, 1)),
                software,
                List.of(new Monitor("Dell", "P2419H", "CN0ABC123")),
                List.of(),
                "GLPI-Agent_v1.11",
                null);
    }

    public static InventoryReport taken(InventoryReport r, LocalDateTime at) {
        return copy(r, r.purchaseDate(), at);
    }

    /** The same report with a purchase date (an export or the agent's administrator gave one). */
    public static InventoryReport purchased(InventoryReport r, LocalDate on) {
        return copy(r, on, r.inventoriedAt());
    }

    private static InventoryReport copy(
            InventoryReport r, @Nullable LocalDate purchaseDate, @Nullable LocalDateTime at) {
        return new InventoryReport(
                r.source(),
                r.deviceId(),
                r.tag(),
                r.partial(),
                r.sections(),
                r.name(),
                r.serial(),
                r.uuid(),
                r.manufacturer(),
                r.model(),
                r.chassis(),
                r.virtualSystem(),
                r.memoryMb(),
                r.biosDate(),
                purchaseDate,
                r.operatingSystem(),
                r.software(),
                r.monitors(),
                r.licences(),
                r.agentVersion(),
                at);
    }

    /** A GLPI Agent partial inventory carrying only its software (and, as GLPI Agent does, its hardware). */
    public static InventoryReport partialSoftware(InventoryReport r, List<Software> software) {
        return new InventoryReport(
                r.source(),
                r.deviceId(),
                r.tag(),
                true,
                EnumSet.of(InventorySection.HARDWARE, InventorySection.SOFTWARE),
                r.name(),
                r.serial(),
                r.uuid(),
                r.manufacturer(),
                r.model(),
                r.chassis(),
                r.virtualSystem(),
                r.memoryMb(),
                r.biosDate(),
                r.purchaseDate(),
                null,
                software,
                List.of(),
                List.of(),
                r.agentVersion(),
                r.inventoriedAt());
    }

    public static Software software(String name, String version) {
        return new Software(name, version, null, null);
    }
}
