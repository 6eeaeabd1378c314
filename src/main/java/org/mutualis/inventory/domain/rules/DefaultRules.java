package org.mutualis.inventory.domain.rules;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules an instance starts with (seeded by migration V33, which holds the same rows; a store
 * test checks that they agree). Sources: docs/inventory-protocols.md §5 (Windows builds, Office
 * names) and §6 (chassis types, thin clients).
 */
public final class DefaultRules {

    private static final String WIN_BUILD = "windows.*\\|\\s*10\\.0\\.";

    private DefaultRules() {}

    /** The default rules, ids 0, by kind then position. */
    public static List<Rule> all() {
        List<Rule> r = new ArrayList<>();
        // Device type: thin clients by manufacturer and model, then by system; servers by system;
        // then the SMBIOS chassis types (docs/inventory-protocols.md §6). "Other", "Unknown" and no
        // chassis (a container) match nothing: UNKNOWN.
        int p = 0;
        p = add(
                r,
                RuleKind.DEVICE_TYPE,
                p,
                RuleField.MANUFACTURER_MODEL,
                "\\bhp\\b.*\\bt[567]\\d\\d\\b|thin ?client",
                "THIN_CLIENT");
        p = add(r, RuleKind.DEVICE_TYPE, p, RuleField.MANUFACTURER_MODEL, "\\bwyse\\b", "THIN_CLIENT");
        p = add(r, RuleKind.DEVICE_TYPE, p, RuleField.MANUFACTURER_MODEL, "\\bigel\\b", "THIN_CLIENT");
        p = add(r, RuleKind.DEVICE_TYPE, p, RuleField.MANUFACTURER_MODEL, "futro", "THIN_CLIENT");
        p = add(r, RuleKind.DEVICE_TYPE, p, RuleField.MANUFACTURER_MODEL, "10zig", "THIN_CLIENT");
        p = add(
                r,
                RuleKind.DEVICE_TYPE,
                p,
                RuleField.OS_NAME,
                "igel|thinpro|windows\\s*ce\\b|windows\\s*embedded",
                "THIN_CLIENT");
        p = add(r, RuleKind.DEVICE_TYPE, p, RuleField.OS_NAME, "windows\\W*server", "SERVER");
        p = add(
                r,
                RuleKind.DEVICE_TYPE,
                p,
                RuleField.CHASSIS,
                "^(mainserverchassis|mainsystemchassis|expansionchassis|subchassis|busexpansionchassis|raidchassis"
                        + "|storagechassis|rackmountchassis|multisystem(chassis)?|compactpci|advancedtca|blade"
                        + "|bladeenclos(ing|ure))$",
                "SERVER");
        p = add(
                r,
                RuleKind.DEVICE_TYPE,
                p,
                RuleField.CHASSIS,
                "^(portable|laptop|notebook|subnotebook|dockingstation|convertible|detachable)$",
                "LAPTOP");
        p = add(r, RuleKind.DEVICE_TYPE, p, RuleField.CHASSIS, "^(handheld|tablet)$", "TABLET");
        p = add(
                r,
                RuleKind.DEVICE_TYPE,
                p,
                RuleField.CHASSIS,
                "^(desktop|lowprofiledesktop|pizzabox|minitower|tower|allinone|spacesaving|lunchbox|sealedcasepc"
                        + "|embeddedpc|minipc|stickpc)$",
                "DESKTOP");
        add(r, RuleKind.DEVICE_TYPE, p, RuleField.CHASSIS, "^(peripheralchassis|iotgateway)$", "OTHER");

        // Operating systems: server editions by name first (their builds are those of clients), thin
        // clients' systems, Windows by build (FusionInventory reports "2009" for every Windows 10 from
        // 20H2), by name when the build is missing, then macOS, Linux distributions, ChromeOS.
        p = 0;
        p = os(
                r,
                p,
                RuleField.OS_NAME,
                "windows\\W*server\\W*(\\d{4}(?:\\s*r2)?)",
                "WINDOWS_SERVER",
                "windows-server",
                "$1");
        p = os(r, p, RuleField.OS_NAME, "windows\\W*server", "WINDOWS_SERVER", "windows-server", null);
        p = os(r, p, RuleField.OS_NAME, "igel", "THIN_CLIENT_OS", "igel-os", null);
        p = os(r, p, RuleField.OS_NAME, "thinpro", "THIN_CLIENT_OS", "hp-thinpro", null);
        p = os(r, p, RuleField.OS_NAME, "windows\\s*ce\\b", "THIN_CLIENT_OS", "windows-ce", null);
        p = os(r, p, RuleField.OS_NAME, "windows\\s*embedded", "THIN_CLIENT_OS", "windows-embedded", null);
        String[][] builds = {
            {"22000", "11 21H2"}, {"22621", "11 22H2"}, {"22631", "11 23H2"}, {"26100", "11 24H2"},
            {"26200", "11 25H2"}, {"28000", "11 26H1"}, {"10240", "10 1507"}, {"10586", "10 1511"},
            {"14393", "10 1607"}, {"15063", "10 1703"}, {"16299", "10 1709"}, {"17134", "10 1803"},
            {"17763", "10 1809"}, {"18362", "10 1903"}, {"18363", "10 1909"}, {"19041", "10 2004"},
            {"19042", "10 20H2"}, {"19043", "10 21H1"}, {"19044", "10 21H2"}, {"19045", "10 22H2"}
        };
        for (String[] build : builds) {
            p = os(r, p, RuleField.OS_BUILD, WIN_BUILD + build[0] + "\\b", "WINDOWS", "windows", build[1]);
        }
        p = os(r, p, RuleField.OS_BUILD, WIN_BUILD + "(2[2-9]|[3-9]\\d)\\d{3}\\b", "WINDOWS", "windows", "11");
        p = os(r, p, RuleField.OS_BUILD, WIN_BUILD + "1\\d{4}\\b", "WINDOWS", "windows", "10");
        p = os(r, p, RuleField.OS_BUILD, "windows.*\\|\\s*6\\.3\\b", "WINDOWS", "windows", "8.1");
        p = os(r, p, RuleField.OS_BUILD, "windows.*\\|\\s*6\\.2\\b", "WINDOWS", "windows", "8");
        p = os(r, p, RuleField.OS_BUILD, "windows.*\\|\\s*6\\.1\\b", "WINDOWS", "windows", "7");
        p = os(r, p, RuleField.OS_BUILD, "windows.*\\|\\s*6\\.0\\b", "WINDOWS", "windows", "Vista");
        p = os(r, p, RuleField.OS_BUILD, "windows.*\\|\\s*5\\.[12]\\b", "WINDOWS", "windows", "XP");
        p = os(r, p, RuleField.OS_NAME, "windows\\W*(11|10|8\\.1|8|7|vista|xp)\\b", "WINDOWS", "windows", "$1");
        p = os(r, p, RuleField.OS_NAME, "windows", "WINDOWS", "windows", null);
        p = os(r, p, RuleField.OS_NAME, "(?:mac\\s*os|os\\s*x).*\\|\\s*10\\.(\\d+)", "MACOS", "macos", "10.$1");
        p = os(r, p, RuleField.OS_NAME, "(?:mac\\s*os|os\\s*x).*\\|\\s*(\\d+)", "MACOS", "macos", "$1");
        p = os(r, p, RuleField.OS_NAME, "mac\\s*os|os\\s*x|darwin", "MACOS", "macos", null);
        p = os(r, p, RuleField.OS_NAME, "chrome\\s*os|chromium\\s*os", "CHROMEOS", "chromeos", null);
        p = os(r, p, RuleField.OS_NAME, "debian\\D*(\\d+)", "LINUX", "debian", "$1");
        p = os(r, p, RuleField.OS_NAME, "debian", "LINUX", "debian", null);
        p = os(r, p, RuleField.OS_NAME, "ubuntu\\D*(\\d\\d\\.\\d\\d)", "LINUX", "ubuntu", "$1");
        p = os(r, p, RuleField.OS_NAME, "ubuntu", "LINUX", "ubuntu", null);
        p = os(r, p, RuleField.OS_NAME, "linux\\s*mint\\D*(\\d+)", "LINUX", "linuxmint", "$1");
        p = os(r, p, RuleField.OS_NAME, "(?:red\\s*hat|rhel)\\D*(\\d+)", "LINUX", "rhel", "$1");
        p = os(r, p, RuleField.OS_NAME, "rocky\\D*(\\d+)", "LINUX", "rocky-linux", "$1");
        p = os(r, p, RuleField.OS_NAME, "almalinux\\D*(\\d+)", "LINUX", "almalinux", "$1");
        p = os(r, p, RuleField.OS_NAME, "fedora\\D*(\\d+)", "LINUX", "fedora", "$1");
        os(r, p, RuleField.OS_NAME, "linux", "LINUX", "linux", null);

        // Office suites: first what is not a suite (Click-to-Run components, language packs, proofing
        // tools, runtimes, viewers, other Microsoft products), then the suites by name — the
        // click-to-run editions all report 16.0, so the year in the name decides —, then licences.
        p = 0;
        p = office(
                r,
                p,
                RuleField.SOFTWARE_NAME,
                "click-to-run|language pack|help pack|module linguistique|\\bl10n\\b|proof|v[ée]rification linguistique"
                        + "|\\bmui\\b|extensibility|licensing|components?\\b|add-in|compatibility pack|database engine"
                        + "|runtime|viewer|visio|\\bproject\\b|skype|onedrive|teams|interop|setup metadata",
                "NONE",
                null,
                null);
        p = office(
                r,
                p,
                RuleField.SOFTWARE_NAME,
                "microsoft\\s*365|office\\s*365",
                "MICROSOFT_365",
                "microsoft-365",
                null);
        p = office(
                r,
                p,
                RuleField.SOFTWARE_NAME,
                "\\boffice\\b.*\\b(97|2000|2003|2007|2010|2013|2016|2019|2021|2024)\\b",
                "MICROSOFT_OFFICE",
                "microsoft-office",
                "$1");
        p = office(r, p, RuleField.SOFTWARE_NAME, "\\boffice\\s*xp\\b", "MICROSOFT_OFFICE", "microsoft-office", "2002");
        p = office(r, p, RuleField.SOFTWARE_NAME, "microsoft\\s*office", "MICROSOFT_OFFICE", "microsoft-office", null);
        p = office(r, p, RuleField.SOFTWARE_NAME, "libreoffice\\D*(\\d+\\.\\d+)", "LIBREOFFICE", "libreoffice", "$1");
        p = office(r, p, RuleField.SOFTWARE_NAME, "libreoffice", "LIBREOFFICE", "libreoffice", null);
        p = office(r, p, RuleField.SOFTWARE_NAME, "openoffice\\D*(\\d+(?:\\.\\d+)?)", "OPENOFFICE", "openoffice", "$1");
        p = office(r, p, RuleField.SOFTWARE_NAME, "openoffice", "OPENOFFICE", "openoffice", null);
        p = office(
                r, p, RuleField.LICENCE_NAME, "microsoft\\s*365|office\\s*365", "MICROSOFT_365", "microsoft-365", null);
        office(
                r,
                p,
                RuleField.LICENCE_NAME,
                "\\boffice\\b.*\\b(2003|2007|2010|2013|2016|2019|2021|2024)\\b",
                "MICROSOFT_OFFICE",
                "microsoft-office",
                "$1");
        return List.copyOf(r);
    }

    private static int add(List<Rule> r, RuleKind kind, int p, RuleField field, String pattern, String result) {
        int position = p + 10;
        r.add(new Rule(0, kind, position, field, pattern, result, null, null, true));
        return position;
    }

    private static int os(
            List<Rule> r,
            int p,
            RuleField field,
            String pattern,
            String family,
            String product,
            @Nullable String version) {
        int position = p + 10;
        r.add(new Rule(0, RuleKind.OS, position, field, pattern, family, product, version, true));
        return position;
    }

    private static int office(
            List<Rule> r,
            int p,
            RuleField field,
            String pattern,
            String suite,
            @Nullable String product,
            @Nullable String version) {
        int position = p + 10;
        r.add(new Rule(0, RuleKind.OFFICE, position, field, pattern, suite, product, version, true));
        return position;
    }
}
