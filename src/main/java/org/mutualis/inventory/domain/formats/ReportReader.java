package org.mutualis.inventory.domain.formats;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.inventory.domain.InventorySection;
import org.mutualis.inventory.domain.InventorySource;
import org.mutualis.inventory.domain.Monitor;
import org.mutualis.inventory.domain.OperatingSystem;
import org.mutualis.inventory.domain.Software;
import org.mutualis.inventory.domain.formats.LenientDates.SlashOrder;

/**
 * An inventory's {@code content} read into a report, the same way for GLPI Agent's JSON and the
 * OCS / FusionInventory XML (the XML tags are the JSON keys in upper case, but for a few).
 *
 * <p>A full inventory carries every section, even those it leaves out (GLPI Agent writes no empty
 * list: a machine without screens sends no {@code monitors}); a partial one carries only the
 * sections it has ({@code hardware} or {@code bios} for the hardware).
 */
final class ReportReader {

    private ReportReader() {}

    static InventoryReport read(
            InventorySource source, String deviceId, @Nullable String tag, boolean partial, Section content) {
        Section hardware = content.child("hardware");
        Section bios = content.child("bios");
        Section os = content.child("operatingsystem");

        Set<InventorySection> sections = EnumSet.allOf(InventorySection.class);
        if (partial) {
            sections.clear();
            if (hardware != null || bios != null) {
                sections.add(InventorySection.HARDWARE);
            }
            if (os != null) {
                sections.add(InventorySection.OPERATING_SYSTEM);
            }
            if (content.has("softwares")) {
                sections.add(InventorySection.SOFTWARE);
            }
            if (content.has("monitors")) {
                sections.add(InventorySection.MONITORS);
            }
        }

        String chassis = first(text(hardware, "chassis_type"), text(bios, "type"));
        String manufacturer = first(text(bios, "smanufacturer"), text(bios, "mmanufacturer"));
        String model = first(text(bios, "smodel"), text(bios, "mmodel"));
        Section accesslog = content.child("accesslog");
        LocalDateTime inventoriedAt = LenientDates.dateTime(text(accesslog, "logdate"));

        return new InventoryReport(
                source,
                deviceId,
                tag,
                partial,
                sections,
                text(hardware, "name"),
                serial(text(bios, "ssn")),
                text(hardware, "uuid"),
                manufacturer,
                model,
                chassis,
                text(hardware, "vmsystem"),
                Values.integer(text(hardware, "memory")),
                LenientDates.date(text(bios, "bdate"), SlashOrder.MONTH_FIRST),
                null,
                operatingSystem(os, hardware),
                software(content),
                monitors(content),
                licences(content),
                content.text("versionclient"),
                inventoriedAt);
    }

    /** The OS section, or for the OCS agent (which has none) the hardware's OSNAME, OSVERSION, OSCOMMENTS. */
    private static @Nullable OperatingSystem operatingSystem(@Nullable Section os, @Nullable Section hardware) {
        if (os != null) {
            return new OperatingSystem(
                    os.text("name"),
                    os.text("full_name"),
                    os.text("version"),
                    os.text("kernel_name"),
                    os.text("kernel_version"),
                    os.text("arch"),
                    os.text("service_pack"),
                    LenientDates.date(os.text("install_date", "installdate"), SlashOrder.DAY_FIRST));
        }
        String name = text(hardware, "osname");
        if (name == null) {
            return null;
        }
        String version = text(hardware, "osversion");
        String comments = text(hardware, "oscomments");
        // OCS on Linux: OSNAME "Debian GNU/Linux 12", OSCOMMENTS "Debian GNU/Linux 12 (bookworm)";
        // on Windows: OSNAME "Microsoft Windows 10 Pro", OSVERSION the build "10.0.19045", OSCOMMENTS the service pack.
        boolean longerName = comments != null && comments.startsWith(name);
        boolean windows = name.toLowerCase(Locale.ROOT).contains("windows");
        String servicePack =
                comments != null && comments.toLowerCase(Locale.ROOT).contains("service pack") ? comments : null;
        return new OperatingSystem(
                name,
                longerName ? comments : name,
                version,
                null,
                windows ? version : null,
                text(hardware, "arch", "archname"),
                servicePack,
                null);
    }

    private static List<Software> software(Section content) {
        List<Software> list = new ArrayList<>();
        for (Section entry : content.children("softwares", Values.MAX_SOFTWARE)) {
            String name = entry.text("name");
            if (name != null) {
                list.add(new Software(
                        name,
                        entry.text("version"),
                        entry.text("publisher"),
                        LenientDates.date(entry.text("install_date", "installdate"), SlashOrder.DAY_FIRST)));
            }
        }
        return list;
    }

    private static List<Monitor> monitors(Section content) {
        List<Monitor> list = new ArrayList<>();
        for (Section entry : content.children("monitors", Values.MAX_MONITORS)) {
            String manufacturer = entry.text("manufacturer");
            String caption = entry.text("caption", "name");
            String serial = entry.text("serial", "altserial");
            if (manufacturer != null || caption != null || serial != null) {
                list.add(new Monitor(manufacturer, caption, serial));
            }
        }
        return list;
    }

    private static List<String> licences(Section content) {
        Set<String> names = new LinkedHashSet<>();
        for (Section entry : content.children("licenseinfos", Values.MAX_LICENCES)) {
            String name = entry.text("fullname", "name");
            if (name != null) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** Serials agents write when the maker left the field empty are no serial. */
    static @Nullable String serial(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.equals("to be filled by o.e.m.")
                || lower.equals("default string")
                || lower.equals("system serial number")
                || lower.equals("not specified")
                || lower.equals("none")
                || lower.chars().allMatch(c -> c == '0' || c == ' ' || c == '-')) {
            return null;
        }
        return raw;
    }

    private static @Nullable String text(@Nullable Section section, String... keys) {
        return section == null ? null : section.text(keys);
    }

    private static @Nullable String first(@Nullable String a, @Nullable String b) {
        return a != null ? a : b;
    }
}
