package org.mutualis.inventory.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.inventory.domain.OperatingSystem;
import org.mutualis.shared.error.RejectedException;

class ClassificationEngineTests {

    private final ClassificationEngine engine = ClassificationEngine.of(DefaultRules.all());

    @Test
    void windows10WithFusionInventorysReleaseId2009IsTold22H2ByItsBuild() {
        OsFinding os = engine.classify(
                        Reports.withOs("Windows", "Microsoft Windows 10 Professionnel", "2009", "10.0.19045"))
                .os();
        assertThat(os.family()).isEqualTo(OsFamily.WINDOWS);
        assertThat(os.product()).isEqualTo("windows");
        assertThat(os.version()).isEqualTo("10 22H2");
        assertThat(os.edition()).isNull();
        assertThat(os.rule()).isNotNull();
        assertThat(os.rule().field()).isEqualTo(RuleField.OS_BUILD);
        assertThat(os.rule().text()).isEqualTo("Windows | 10.0.19045");
    }

    @Test
    void windows10Build19044Is21H2NotThe2009ItSays() {
        assertThat(engine.classify(
                                Reports.withOs("Windows", "Microsoft Windows 10 Entreprise", "2009", "10.0.19044.3086"))
                        .os())
                .extracting(OsFinding::version, OsFinding::edition)
                .containsExactly("10 21H2", "enterprise");
    }

    @Test
    void windows11Build26100Is24H2() {
        OsFinding os = engine.classify(Reports.withOs("Windows", "Microsoft Windows 11 Pro", "24H2", "10.0.26100"))
                .os();
        assertThat(os.product()).isEqualTo("windows");
        assertThat(os.version()).isEqualTo("11 24H2");
    }

    @Test
    void windowsServer2019IsAServerWhateverItsBuildSays() {
        Classification c = engine.classify(
                Reports.withOs("Windows", "Microsoft Windows Server 2019 Standard", "1809", "10.0.17763"));
        assertThat(c.os().family()).isEqualTo(OsFamily.WINDOWS_SERVER);
        assertThat(c.os().product()).isEqualTo("windows-server");
        assertThat(c.os().version()).isEqualTo("2019");
        assertThat(c.device().type()).isEqualTo(DeviceType.SERVER);
    }

    @Test
    void windowsServer2012R2KeepsItsR2() {
        assertThat(engine.classify(
                                Reports.withOs(null, "Microsoft® Windows Server® 2012 R2 Datacenter", null, "6.3.9600"))
                        .os()
                        .version())
                .isEqualTo("2012 R2");
    }

    @Test
    void olderWindowsByKernelVersion() {
        assertThat(engine.classify(Reports.withOs("Windows", "Microsoft Windows XP Professional", null, "5.1.2600"))
                        .os()
                        .version())
                .isEqualTo("XP");
        assertThat(engine.classify(Reports.withOs("Windows", "Microsoft Windows 7 Professionnel", null, "6.1.7601"))
                        .os()
                        .version())
                .isEqualTo("7");
    }

    @Test
    void windowsWithoutBuildFallsBackOnItsName() {
        assertThat(engine.classify(Reports.withOs(null, "Microsoft Windows 7 Professionnel", null, null))
                        .os()
                        .version())
                .isEqualTo("7");
    }

    @Test
    void debian12AndItsLinuxKernel6_1IsNeverWindows7() {
        OsFinding os = engine.classify(
                        Reports.withOs("Debian GNU/Linux", "Debian GNU/Linux 12 (bookworm)", "12.5", "6.1.0-18-amd64"))
                .os();
        assertThat(os.family()).isEqualTo(OsFamily.LINUX);
        assertThat(os.product()).isEqualTo("debian");
        assertThat(os.version()).isEqualTo("12");
    }

    @Test
    void ubuntu2204() {
        OsFinding os = engine.classify(Reports.withOs("Ubuntu", "Ubuntu 22.04.4 LTS", "22.04.4 LTS", "5.15.0-105"))
                .os();
        assertThat(os.product()).isEqualTo("ubuntu");
        assertThat(os.version()).isEqualTo("22.04");
    }

    @Test
    void macOs14AndCatalina() {
        assertThat(engine.classify(Reports.withOs("MacOSX", "macOS", "14.5", "23.5.0"))
                        .os())
                .extracting(OsFinding::family, OsFinding::product, OsFinding::version)
                .containsExactly(OsFamily.MACOS, "macos", "14");
        assertThat(engine.classify(Reports.withOs("MacOSX", "Mac OS X", "10.15.7", "19.6.0"))
                        .os()
                        .version())
                .isEqualTo("10.15");
    }

    @Test
    void noOperatingSystemIsUnknownAndAnUnrecognisedOneIsOther() {
        assertThat(engine.classify(Reports.withChassis("Desktop")).os().family())
                .isEqualTo(OsFamily.UNKNOWN);
        OsFinding os =
                engine.classify(Reports.withOs("Haiku", "Haiku R1", "R1", null)).os();
        assertThat(os.family()).isEqualTo(OsFamily.OTHER);
        assertThat(os.rule()).isNull();
    }

    @Test
    void anHpT640IsAThinClientThoughItsChassisSaysDesktop() {
        DeviceFinding device = engine.classify(Reports.computer(
                        "HP", "HP t640 Thin Client", "Desktop", "Physical", null, List.of(), List.of()))
                .device();
        assertThat(device.type()).isEqualTo(DeviceType.THIN_CLIENT);
        assertThat(device.rule().field()).isEqualTo(RuleField.MANUFACTURER_MODEL);
    }

    @Test
    void otherThinClientsByMakerOrSystem() {
        assertThat(type("Dell Inc.", "Wyse 5070 Thin Client", "Desktop", null)).isEqualTo(DeviceType.THIN_CLIENT);
        assertThat(type("FUJITSU", "FUTRO S740", "Mini PC", null)).isEqualTo(DeviceType.THIN_CLIENT);
        assertThat(type("IGEL Technology GmbH", "UD3-M340C", "Other", null)).isEqualTo(DeviceType.THIN_CLIENT);
        assertThat(type("10ZiG", "4648q", "Desktop", null)).isEqualTo(DeviceType.THIN_CLIENT);
        assertThat(type("Lenovo", "ThinkCentre M720q Tiny", "Mini PC", null)).isEqualTo(DeviceType.DESKTOP);
        assertThat(type(
                        "HP",
                        "HP EliteDesk 800 G6",
                        "Desktop",
                        new OperatingSystem("Linux", "HP ThinPro 8.0", "8.0", null, null, null, null, null)))
                .isEqualTo(DeviceType.THIN_CLIENT);
    }

    @Test
    void aDockedLaptopReportsDockingStationAndIsALaptop() {
        DeviceFinding device =
                engine.classify(Reports.withChassis("Docking Station")).device();
        assertThat(device.type()).isEqualTo(DeviceType.LAPTOP);
        assertThat(device.rule().text()).isEqualTo("dockingstation");
    }

    @Test
    void chassisSpellingsReadAlike() {
        assertThat(engine.classify(Reports.withChassis("Space-saving")).device().type())
                .isEqualTo(DeviceType.DESKTOP);
        assertThat(engine.classify(Reports.withChassis("All In One")).device().type())
                .isEqualTo(DeviceType.DESKTOP);
        assertThat(engine.classify(Reports.withChassis("Main System Chassis"))
                        .device()
                        .type())
                .isEqualTo(DeviceType.SERVER);
        assertThat(engine.classify(Reports.withChassis("Rack Mount Chassis"))
                        .device()
                        .type())
                .isEqualTo(DeviceType.SERVER);
        assertThat(engine.classify(Reports.withChassis("Notebook")).device().type())
                .isEqualTo(DeviceType.LAPTOP);
        assertThat(engine.classify(Reports.withChassis("Tablet")).device().type())
                .isEqualTo(DeviceType.TABLET);
    }

    @Test
    void aContainerWithoutChassisIsUnknown() {
        Classification c = engine.classify(Reports.computer(
                null,
                null,
                null,
                "Docker",
                new OperatingSystem(
                        "Debian GNU/Linux",
                        "Debian GNU/Linux 12 (bookworm)",
                        "12.5",
                        "linux",
                        "6.1.0",
                        null,
                        null,
                        null),
                List.of(),
                List.of()));
        assertThat(c.device().type()).isEqualTo(DeviceType.UNKNOWN);
        assertThat(c.device().rule()).isNull();
        assertThat(c.virtual()).isTrue();
    }

    @Test
    void virtualIsAnyVmsystemButPhysicalOrBlank() {
        assertThat(ClassificationEngine.isVirtual("Physical")).isFalse();
        assertThat(ClassificationEngine.isVirtual(" physical ")).isFalse();
        assertThat(ClassificationEngine.isVirtual("")).isFalse();
        assertThat(ClassificationEngine.isVirtual(null)).isFalse();
        assertThat(ClassificationEngine.isVirtual("VMware")).isTrue();
        assertThat(ClassificationEngine.isVirtual("KVM")).isTrue();
    }

    @Test
    void office2016AndItsComponentsIsOneSuite() {
        List<OfficeFinding> office = engine.classify(Reports.withSoftware(
                        "Microsoft Office Professionnel Plus 2016",
                        "Office 16 Click-to-Run Extensibility Component",
                        "Office 16 Click-to-Run Localization Component",
                        "Microsoft Office Proofing Tools 2016 - Français",
                        "Microsoft Office 2016 Language Pack - English",
                        "Mozilla Firefox (x64 fr)"))
                .office();
        assertThat(office)
                .extracting(OfficeFinding::suite, OfficeFinding::product, OfficeFinding::version)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OfficeSuite.MICROSOFT_OFFICE, "microsoft-office", "2016"));
    }

    @Test
    void office2021LtscAnd365AreToldByName() {
        assertThat(engine.classify(Reports.withSoftware("Microsoft Office LTSC Professionnel Plus 2021 - fr-fr"))
                        .office())
                .extracting(OfficeFinding::version)
                .containsExactly("2021");
        assertThat(engine.classify(Reports.withSoftware("Microsoft 365 Apps for enterprise - fr-fr"))
                        .office())
                .extracting(OfficeFinding::suite)
                .containsExactly(OfficeSuite.MICROSOFT_365);
    }

    @Test
    void libreOfficeBesideOffice2010MakesTwoSuites() {
        assertThat(engine.classify(Reports.withSoftware("LibreOffice 7.6.4.1", "Microsoft Office Standard 2010"))
                        .office())
                .extracting(OfficeFinding::suite, OfficeFinding::version)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OfficeSuite.LIBREOFFICE, "7.6"),
                        org.assertj.core.groups.Tuple.tuple(OfficeSuite.MICROSOFT_OFFICE, "2010"));
    }

    @Test
    void aLicenceIsASecondSignal() {
        InventoryReport report = Reports.computer(
                "Dell Inc.",
                "OptiPlex",
                "Desktop",
                "Physical",
                null,
                List.of("Mozilla Firefox"),
                List.of("Microsoft Office Professional Plus 2019", "Microsoft Windows 10 Pro"));
        List<OfficeFinding> office = engine.classify(report).office();
        assertThat(office).extracting(OfficeFinding::version).containsExactly("2019");
        assertThat(office.get(0).rule().field()).isEqualTo(RuleField.LICENCE_NAME);
    }

    @Test
    void noSuiteIsNoneAndNoSoftwareIsUnknown() {
        assertThat(engine.classify(Reports.withSoftware("7-Zip 23.01")).office())
                .extracting(OfficeFinding::suite)
                .containsExactly(OfficeSuite.NONE);
        assertThat(engine.classify(Reports.withSoftware()).office())
                .extracting(OfficeFinding::suite)
                .containsExactly(OfficeSuite.UNKNOWN);
    }

    @Test
    void anInvalidPatternRefusesTheSetNamingTheRule() {
        List<Rule> rules = new ArrayList<>(DefaultRules.all());
        rules.add(new Rule(7, RuleKind.OS, 999, RuleField.OS_NAME, "windows (", "WINDOWS", "windows", null, true));
        assertThatThrownBy(() -> ClassificationEngine.of(rules)).isInstanceOfSatisfying(RejectedException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            assertThat(e.problems().get(0).field()).isEqualTo("pattern");
            assertThat(e.problems().get(0).args()).startsWith("OS 999");
        });
    }

    @Test
    void aResultOfAnotherKindOrAMissingGroupIsRefused() {
        assertThat(ClassificationEngine.check(new Rule(
                                0, RuleKind.DEVICE_TYPE, 1, RuleField.CHASSIS, "x", "WINDOWS", null, null, true))
                        .orElseThrow()
                        .field())
                .isEqualTo("result");
        assertThat(ClassificationEngine.check(new Rule(
                                0, RuleKind.OFFICE, 1, RuleField.CHASSIS, "x", "LIBREOFFICE", null, null, true))
                        .orElseThrow()
                        .field())
                .isEqualTo("field");
        assertThat(ClassificationEngine.check(new Rule(
                                0, RuleKind.OS, 1, RuleField.OS_NAME, "win(\\d+)", "WINDOWS", "windows", "$2", true))
                        .orElseThrow()
                        .field())
                .isEqualTo("version");
    }

    @Test
    void tryingATextNamesTheRuleAndWhatItGives() {
        ClassificationEngine.Trial trial = engine.tryText(
                        RuleKind.OS, RuleField.OS_NAME, "Microsoft Windows Server 2022 Standard")
                .orElseThrow();
        assertThat(trial.rule().result()).isEqualTo("WINDOWS_SERVER");
        assertThat(trial.version()).isEqualTo("2022");
        assertThat(engine.tryText(RuleKind.DEVICE_TYPE, RuleField.CHASSIS, "Docking Station")
                        .orElseThrow()
                        .text())
                .isEqualTo("dockingstation");
        assertThat(engine.tryText(RuleKind.OFFICE, RuleField.SOFTWARE_NAME, "7-Zip"))
                .isEmpty();
    }

    private DeviceType type(String manufacturer, String model, String chassis, OperatingSystem os) {
        return engine.classify(Reports.computer(manufacturer, model, chassis, "Physical", os, List.of(), List.of()))
                .device()
                .type();
    }
}
