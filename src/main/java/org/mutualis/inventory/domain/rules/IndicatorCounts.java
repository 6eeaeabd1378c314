package org.mutualis.inventory.domain.rules;

import java.util.List;
import java.util.Map;

/**
 * What the inventory gives for a questionnaire version.
 *
 * @param counts per question code of the version that the inventory can fill (see {@link
 *     IndicatorMapping}), the number of devices (screens for {@code screens}); 0 when none, in code
 *     order
 * @param unmapped what was left out of every count, and why, in a stable order
 */
public record IndicatorCounts(Map<String, Long> counts, List<Unmapped> unmapped) {

    public IndicatorCounts {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        unmapped = List.copyOf(unmapped);
    }

    /** The count of one code, 0 when the version has it and nothing counted, null when it does not. */
    public @org.jspecify.annotations.Nullable Long count(String code) {
        return counts.get(code);
    }

    /** Why something was left out of the counts. */
    public enum Reason {
        /** A virtual machine: the census counts physical machines; none of its figures counted. */
        VIRTUAL,
        /** A device type with no indicator in this version (tablets, other, unknown; servers in version 1). */
        DEVICE_TYPE,
        /** A workstation's system with no indicator in this version, or not recognised. */
        OS,
        /** A workstation's office suite with no indicator in this version (Office 2024), or of unknown version. */
        OFFICE,
        /** Screens, when the version does not ask for them. */
        SCREENS
    }

    /**
     * Devices (or screens) left out, grouped by reason and value.
     *
     * @param reason why
     * @param value what: the device type ({@code TABLET}), the system ({@code windows 10}, {@code
     *     UNKNOWN}), the suite ({@code microsoft-office 2024})
     * @param count how many
     */
    public record Unmapped(Reason reason, String value, long count) {}
}
