package org.mutualis.inventory.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mutualis.inventory.domain.Monitor;

class IndicatorMappingTests {

    /** The infrastructure questionnaire's version 1 (the 2012 study), the codes that matter here. */
    private static final Set<String> VERSION_1 = Set.of(
            "desktops_excl_schools",
            "laptops_excl_schools",
            "os_xp",
            "os_vista",
            "os_7",
            "os_windows_ce",
            "os_other_open_source",
            "office_2003_or_older",
            "office_2007",
            "office_2010",
            "openoffice",
            "avg_lifespan_years");

    /** Version 2 (2026): every code of the mapping is asked. */
    private static final Set<String> VERSION_2 = IndicatorMapping.CODES;

    @Test
    void desktopsLaptopsThinClientsAndServersCountOnTheirCodes() {
        List<ClassifiedDevice> devices = List.of(
                device(DeviceType.DESKTOP, false, windows("10 22H2"), office(OfficeSuite.MICROSOFT_OFFICE, "2016")),
                device(DeviceType.DESKTOP, false, windows("11 24H2"), office(OfficeSuite.MICROSOFT_365, null)),
                device(DeviceType.LAPTOP, false, windows("11 23H2"), office(OfficeSuite.LIBREOFFICE, "7.6")),
                device(
                        DeviceType.THIN_CLIENT,
                        false,
                        new OsFinding(OsFamily.THIN_CLIENT_OS, "igel-os", null, null, null),
                        none()),
                device(
                        DeviceType.SERVER,
                        false,
                        new OsFinding(OsFamily.WINDOWS_SERVER, "windows-server", "2019", null, null),
                        none()));
        IndicatorCounts counts = IndicatorMapping.count(VERSION_2, devices);
        assertThat(counts.count("desktops_excl_schools")).isEqualTo(3);
        assertThat(counts.count("thin_clients_excl_schools")).isEqualTo(1);
        assertThat(counts.count("laptops_excl_schools")).isEqualTo(1);
        assertThat(counts.count("servers")).isEqualTo(1);
        assertThat(counts.count("os_windows_10")).isEqualTo(1);
        assertThat(counts.count("os_windows_11")).isEqualTo(2);
        assertThat(counts.count("os_windows_ce")).isEqualTo(1);
        assertThat(counts.count("office_2016_2019")).isEqualTo(1);
        assertThat(counts.count("office_m365")).isEqualTo(1);
        assertThat(counts.count("libreoffice")).isEqualTo(1);
        assertThat(counts.count("os_xp")).isZero();
        assertThat(counts.unmapped()).isEmpty();
    }

    @Test
    void whatVersion1DoesNotAskIsReportedUnmappedNeverDropped() {
        List<ClassifiedDevice> devices = List.of(
                device(DeviceType.SERVER, false, windows("7"), none()),
                device(DeviceType.TABLET, false, windows("10"), none()),
                device(DeviceType.DESKTOP, false, windows("10 22H2"), office(OfficeSuite.LIBREOFFICE, "7.6")),
                device(DeviceType.DESKTOP, true, windows("11"), none()));
        IndicatorCounts counts = IndicatorMapping.count(VERSION_1, devices);
        assertThat(counts.count("servers")).isNull();
        assertThat(counts.count("desktops_excl_schools")).isEqualTo(1);
        assertThat(counts.count("openoffice")).isEqualTo(1);
        assertThat(counts.counts()).doesNotContainKey("avg_lifespan_years");
        assertThat(counts.unmapped())
                .containsExactlyInAnyOrder(
                        new IndicatorCounts.Unmapped(IndicatorCounts.Reason.DEVICE_TYPE, "SERVER", 1),
                        new IndicatorCounts.Unmapped(IndicatorCounts.Reason.DEVICE_TYPE, "TABLET", 1),
                        new IndicatorCounts.Unmapped(IndicatorCounts.Reason.OS, "windows 10 22H2", 1),
                        new IndicatorCounts.Unmapped(IndicatorCounts.Reason.VIRTUAL, "DESKTOP", 1));
    }

    @Test
    void office2024HasNoCodeYetAndIsUnmapped() {
        IndicatorCounts counts = IndicatorMapping.count(
                VERSION_2,
                List.of(device(
                        DeviceType.LAPTOP, false, windows("11 24H2"), office(OfficeSuite.MICROSOFT_OFFICE, "2024"))));
        assertThat(counts.unmapped())
                .containsExactly(
                        new IndicatorCounts.Unmapped(IndicatorCounts.Reason.OFFICE, "microsoft-office 2024", 1));
    }

    @Test
    void aScreenIsCountedOnceByManufacturerAndSerial() {
        Monitor shared = new Monitor("DEL", "DELL P2419H", "CFV9N01");
        ClassifiedDevice a = new ClassifiedDevice(
                classification(DeviceType.DESKTOP, false, windows("7"), none()),
                List.of(shared, new Monitor("SAM", "S24", null)));
        ClassifiedDevice b = new ClassifiedDevice(
                classification(DeviceType.LAPTOP, false, windows("7"), none()),
                List.of(new Monitor("del", "Dell", "cfv9n01")));
        assertThat(IndicatorMapping.count(VERSION_2, List.of(a, b)).count("screens"))
                .isEqualTo(2);
        assertThat(IndicatorMapping.count(VERSION_1, List.of(a, b)).unmapped())
                .containsExactly(new IndicatorCounts.Unmapped(IndicatorCounts.Reason.SCREENS, "screens", 2));
    }

    static OsFinding windows(String version) {
        return new OsFinding(OsFamily.WINDOWS, "windows", version, null, null);
    }

    static List<OfficeFinding> office(OfficeSuite suite, String version) {
        return List.of(new OfficeFinding(suite, suite.name().toLowerCase().replace('_', '-'), version, null));
    }

    static List<OfficeFinding> none() {
        return List.of(new OfficeFinding(OfficeSuite.NONE, null, null, null));
    }

    static Classification classification(DeviceType type, boolean virtual, OsFinding os, List<OfficeFinding> office) {
        return new Classification(new DeviceFinding(type, null), virtual, os, office);
    }

    static ClassifiedDevice device(DeviceType type, boolean virtual, OsFinding os, List<OfficeFinding> office) {
        return new ClassifiedDevice(classification(type, virtual, os, office), List.of());
    }
}
