package org.mutualis.inventory.domain.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.domain.Monitor;

/**
 * Counts classified devices onto the census indicators of a questionnaire version
 * (docs/questionnaires.md, theme {@code infrastructure}, versions 1 and 2 — the 2012 study's
 * « postes fixes, portables, clients légers, serveurs, écrans, OS, suites bureautiques »).
 *
 * <p>The version is given by its question codes; each thing counted has codes in order of
 * preference and is counted on the first the version asks, or reported {@link
 * IndicatorCounts.Unmapped unmapped} — never silently dropped:
 *
 * <table>
 *   <caption>What counts where</caption>
 *   <tr><th>what</th><th>codes</th></tr>
 *   <tr><td>DESKTOP</td><td>{@code desktops_excl_schools}</td></tr>
 *   <tr><td>THIN_CLIENT</td><td>{@code desktops_excl_schools} (thin clients count among desktops) and
 *       {@code thin_clients_excl_schools}</td></tr>
 *   <tr><td>LAPTOP</td><td>{@code laptops_excl_schools}</td></tr>
 *   <tr><td>SERVER</td><td>{@code servers} (version 2; unmapped in version 1)</td></tr>
 *   <tr><td>TABLET, OTHER, UNKNOWN</td><td>unmapped</td></tr>
 *   <tr><td>a virtual machine, whatever its type</td><td>unmapped (reason VIRTUAL), nothing of it counted</td></tr>
 *   <tr><td>Windows XP, Vista, 7, 8 / 8.1, 10, 11</td><td>{@code os_xp}, {@code os_vista}, {@code os_7},
 *       {@code os_windows_8}, {@code os_windows_10}, {@code os_windows_11}</td></tr>
 *   <tr><td>a thin client's system (IGEL OS, ThinPro, Windows CE / Embedded)</td><td>{@code os_windows_ce}</td></tr>
 *   <tr><td>Linux</td><td>{@code os_linux}, else {@code os_other_open_source} (version 1)</td></tr>
 *   <tr><td>macOS, ChromeOS, another system</td><td>{@code os_other_open_source}</td></tr>
 *   <tr><td>Microsoft Office 97 … 2003, 2007, 2010, 2013, 2016 and 2019, 2021</td><td>{@code office_2003_or_older},
 *       {@code office_2007}, {@code office_2010}, {@code office_2013}, {@code office_2016_2019}, {@code office_2021}
 *       (Office 2024 has no code yet: unmapped)</td></tr>
 *   <tr><td>Microsoft 365</td><td>{@code office_m365}</td></tr>
 *   <tr><td>OpenOffice</td><td>{@code openoffice}</td></tr>
 *   <tr><td>LibreOffice</td><td>{@code libreoffice}, else {@code openoffice} (version 1, where
 *       « OpenOffice » stood for both)</td></tr>
 *   <tr><td>screens</td><td>{@code screens}: every device's monitors, each screen once by manufacturer and
 *       serial (one without a serial counts on its own)</td></tr>
 * </table>
 *
 * <p>The {@code os} and {@code office} share groups cover the services' desktops and laptops only,
 * as in the questionnaire: they count physical desktops, thin clients and laptops; a Windows
 * Server or an unrecognised system on a workstation is unmapped. Schools and the cyber-commune
 * are not told apart by the inventory: the lead's census decides which collectivité's devices it
 * takes. {@code mini_pcs_excl_schools} is not filled (the study's « mini PC » were netbooks, not a
 * chassis type).
 */
public final class IndicatorMapping {

    /** Every code the mapping can fill. */
    public static final Set<String> CODES = Set.of(
            "desktops_excl_schools",
            "laptops_excl_schools",
            "thin_clients_excl_schools",
            "servers",
            "screens",
            "os_xp",
            "os_vista",
            "os_7",
            "os_windows_8",
            "os_windows_10",
            "os_windows_11",
            "os_windows_ce",
            "os_linux",
            "os_other_open_source",
            "office_2003_or_older",
            "office_2007",
            "office_2010",
            "office_2013",
            "office_2016_2019",
            "office_2021",
            "office_m365",
            "openoffice",
            "libreoffice");

    private IndicatorMapping() {}

    /**
     * The counts for a questionnaire version.
     *
     * @param questionCodes the version's question codes (others than those of {@link #CODES} are ignored)
     * @param devices the classified devices
     */
    public static IndicatorCounts count(Set<String> questionCodes, List<ClassifiedDevice> devices) {
        Map<String, Long> counts = new TreeMap<>();
        for (String code : questionCodes) {
            if (CODES.contains(code)) {
                counts.put(code, 0L);
            }
        }
        Map<String, Long> unmapped = new TreeMap<>();
        Set<String> screens = new HashSet<>();
        long anonymousScreens = 0;
        for (ClassifiedDevice device : devices) {
            Classification c = device.classification();
            if (c.virtual()) {
                miss(unmapped, IndicatorCounts.Reason.VIRTUAL, c.device().type().name());
                continue;
            }
            for (Monitor m : device.monitors()) {
                if (m.serial() == null || m.serial().isBlank()) {
                    anonymousScreens++;
                } else {
                    screens.add(key(m.manufacturer()) + "|" + key(m.serial()));
                }
            }
            DeviceType type = c.device().type();
            boolean workstation = false;
            switch (type) {
                case DESKTOP ->
                    workstation = add(
                            counts, unmapped, IndicatorCounts.Reason.DEVICE_TYPE, type.name(), "desktops_excl_schools");
                case LAPTOP ->
                    workstation = add(
                            counts, unmapped, IndicatorCounts.Reason.DEVICE_TYPE, type.name(), "laptops_excl_schools");
                case THIN_CLIENT -> {
                    workstation = add(
                            counts, unmapped, IndicatorCounts.Reason.DEVICE_TYPE, type.name(), "desktops_excl_schools");
                    if (counts.containsKey("thin_clients_excl_schools")) {
                        counts.merge("thin_clients_excl_schools", 1L, Long::sum);
                    }
                }
                case SERVER -> add(counts, unmapped, IndicatorCounts.Reason.DEVICE_TYPE, type.name(), "servers");
                default -> miss(unmapped, IndicatorCounts.Reason.DEVICE_TYPE, type.name());
            }
            if (workstation) {
                OsFinding os = c.os();
                add(
                        counts,
                        unmapped,
                        IndicatorCounts.Reason.OS,
                        label(os.family(), os.product(), os.version()),
                        osCodes(os));
                for (OfficeFinding office : c.office()) {
                    if (office.suite() != OfficeSuite.NONE) {
                        add(
                                counts,
                                unmapped,
                                IndicatorCounts.Reason.OFFICE,
                                label(office.suite(), office.product(), office.version()),
                                officeCodes(office));
                    }
                }
            }
        }
        long screenCount = screens.size() + anonymousScreens;
        if (screenCount > 0) {
            if (counts.containsKey("screens")) {
                counts.put("screens", screenCount);
            } else {
                unmapped.put(IndicatorCounts.Reason.SCREENS + "\t" + "screens", screenCount);
            }
        }
        List<IndicatorCounts.Unmapped> left = new ArrayList<>();
        unmapped.forEach((k, v) -> {
            int tab = k.indexOf('\t');
            left.add(new IndicatorCounts.Unmapped(
                    IndicatorCounts.Reason.valueOf(k.substring(0, tab)), k.substring(tab + 1), v));
        });
        return new IndicatorCounts(counts, left);
    }

    /** The codes an operating system counts on, by preference; none when it has no indicator. */
    static String[] osCodes(OsFinding os) {
        return switch (os.family()) {
            case WINDOWS -> {
                String v = os.version() == null ? "" : os.version().toLowerCase(Locale.ROOT);
                String first = v.contains(" ") ? v.substring(0, v.indexOf(' ')) : v;
                yield switch (first) {
                    case "xp" -> new String[] {"os_xp"};
                    case "vista" -> new String[] {"os_vista"};
                    case "7" -> new String[] {"os_7"};
                    case "8", "8.1" -> new String[] {"os_windows_8"};
                    case "10" -> new String[] {"os_windows_10"};
                    case "11" -> new String[] {"os_windows_11"};
                    default -> new String[0];
                };
            }
            case THIN_CLIENT_OS -> new String[] {"os_windows_ce"};
            case LINUX -> new String[] {"os_linux", "os_other_open_source"};
            case MACOS, CHROMEOS, OTHER -> new String[] {"os_other_open_source"};
            case WINDOWS_SERVER, UNKNOWN -> new String[0];
        };
    }

    /** The codes an office suite counts on, by preference; none when it has no indicator. */
    static String[] officeCodes(OfficeFinding office) {
        return switch (office.suite()) {
            case MICROSOFT_OFFICE -> {
                String v = office.version() == null ? "" : office.version();
                yield switch (v) {
                    case "97", "2000", "2002", "2003" -> new String[] {"office_2003_or_older"};
                    case "2007" -> new String[] {"office_2007"};
                    case "2010" -> new String[] {"office_2010"};
                    case "2013" -> new String[] {"office_2013"};
                    case "2016", "2019" -> new String[] {"office_2016_2019"};
                    case "2021" -> new String[] {"office_2021"};
                    default -> new String[0];
                };
            }
            case MICROSOFT_365 -> new String[] {"office_m365"};
            case OPENOFFICE -> new String[] {"openoffice"};
            case LIBREOFFICE -> new String[] {"libreoffice", "openoffice"};
            case NONE, UNKNOWN -> new String[0];
        };
    }

    private static boolean add(
            Map<String, Long> counts,
            Map<String, Long> unmapped,
            IndicatorCounts.Reason reason,
            String value,
            String... codes) {
        for (String code : codes) {
            if (counts.containsKey(code)) {
                counts.merge(code, 1L, Long::sum);
                return true;
            }
        }
        miss(unmapped, reason, value);
        return false;
    }

    private static void miss(Map<String, Long> unmapped, IndicatorCounts.Reason reason, String value) {
        unmapped.merge(reason + "\t" + value, 1L, Long::sum);
    }

    private static String label(Enum<?> kind, @Nullable String product, @Nullable String version) {
        if (product == null) {
            return kind.name();
        }
        return version == null ? product : product + " " + version;
    }

    private static String key(@Nullable String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }
}
