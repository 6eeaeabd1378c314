package org.mutualis.inventory.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one inventory says of one computer, in the agent's own words (no rule applied yet).
 *
 * @param source the format it was read from
 * @param deviceId the agent's device id ({@code deviceid}, {@code DEVICEID}: “host-2026-11-30-10-00-00”),
 *     or for an export line the GLPI name; never blank
 * @param tag the agent's tag ({@code tag}, {@code ACCOUNTINFO TAG}), if any
 * @param partial a GLPI Agent partial inventory: only the {@code sections} it carries changed
 * @param sections the parts this inventory carries; the others keep the device's previous state
 * @param serial the system serial ({@code bios.ssn}, {@code BIOS/SSN}); null when the agent could
 *     not read it (a container, a virtual machine without one)
 * @param chassis the SMBIOS chassis string as the agent wrote it (“Notebook”, “Desktop”, “Main
 *     Server Chassis”)
 * @param virtualSystem the agent's {@code vmsystem} (“Physical”, “VMware”, “KVM”…)
 * @param biosDate the BIOS date, the best hint of a machine's age when no purchase date is known
 * @param purchaseDate a purchase date when the export or the agent's administrator gives one
 * @param office the licences the agent read ({@code licenseinfos.fullname}: “Microsoft Office
 *     Professionnel 2010”), a second signal for the office suite
 * @param agentVersion the agent's version ({@code versionclient})
 * @param inventoriedAt when the agent took the inventory ({@code accesslog.logdate}), if it says
 */
public record InventoryReport(
        InventorySource source,
        String deviceId,
        @Nullable String tag,
        boolean partial,
        Set<InventorySection> sections,
        @Nullable String name,
        @Nullable String serial,
        @Nullable String uuid,
        @Nullable String manufacturer,
        @Nullable String model,
        @Nullable String chassis,
        @Nullable String virtualSystem,
        @Nullable Integer memoryMb,
        @Nullable LocalDate biosDate,
        @Nullable LocalDate purchaseDate,
        @Nullable OperatingSystem operatingSystem,
        List<Software> software,
        List<Monitor> monitors,
        List<String> licences,
        @Nullable String agentVersion,
        @Nullable LocalDateTime inventoriedAt) {

    public InventoryReport {
        if (deviceId.isBlank()) {
            throw new IllegalArgumentException("a device id is never blank");
        }
        sections = Set.copyOf(sections);
        software = List.copyOf(software);
        monitors = List.copyOf(monitors);
        licences = List.copyOf(licences);
    }

    /** The same inventory, naming its agent when it did not name itself (the OCS agent says who it is in its User-Agent only). */
    public InventoryReport withAgentVersion(@Nullable String userAgent) {
        if (agentVersion != null || userAgent == null || userAgent.isBlank()) {
            return this;
        }
        String agent = userAgent.strip();
        return new InventoryReport(
                source,
                deviceId,
                tag,
                partial,
                sections,
                name,
                serial,
                uuid,
                manufacturer,
                model,
                chassis,
                virtualSystem,
                memoryMb,
                biosDate,
                purchaseDate,
                operatingSystem,
                software,
                monitors,
                licences,
                agent.length() > 255 ? agent.substring(0, 255) : agent,
                inventoriedAt);
    }
}
