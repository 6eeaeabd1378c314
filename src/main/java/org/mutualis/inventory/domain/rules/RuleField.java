package org.mutualis.inventory.domain.rules;

/**
 * The text of an inventory a rule's pattern is matched against. Every text is matched as given,
 * but for the chassis (see {@link #CHASSIS}); texts longer than {@link ClassificationEngine#MAX_TEXT}
 * characters are cut there.
 */
public enum RuleField {
    /**
     * The SMBIOS chassis string, in lower case without spaces, hyphens or punctuation: “Docking
     * Station” is matched as {@code dockingstation}, “Space-saving” as {@code spacesaving}, so
     * that the dmidecode and Windows spellings read alike.
     */
    CHASSIS,
    /** Manufacturer and model joined by a space: “HP HP t640 Thin Client”, “Dell Inc. Wyse 5070”. */
    MANUFACTURER_MODEL,
    /**
     * The operating system's name, full name and version joined by “ | “: “Windows | Microsoft
     * Windows 10 Professionnel | 2009”, “Debian GNU/Linux | Debian GNU/Linux 12 (bookworm) | 12.5”,
     * “MacOSX | macOS | 14.5” (a missing part is left empty).
     */
    OS_NAME,
    /**
     * The operating system's name (its full name when the agent gives no name) and kernel version
     * joined by “ | “: “Windows | 10.0.19045”, “Debian GNU/Linux | 6.1.0-18-amd64” — the name is
     * there so that a Windows build pattern never matches a Linux kernel 6.1.
     */
    OS_BUILD,
    /** The name of one installed software (“Microsoft Office Professionnel Plus 2016”). */
    SOFTWARE_NAME,
    /** The full name of one licence the agent read (“Microsoft Office Professional Plus 2019”). */
    LICENCE_NAME
}
