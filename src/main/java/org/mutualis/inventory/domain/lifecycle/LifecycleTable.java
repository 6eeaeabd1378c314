package org.mutualis.inventory.domain.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The lifecycle rows, and the status of a product's version on a date.
 *
 * <p>The row is looked up by product key (case-insensitive), then by cycle: the exact version
 * label, else its first word ({@code “10 21H2”} falls back on a row {@code “10”}); among the rows of
 * that cycle, the one of the device's edition group, else the one without edition. The status on
 * {@code date}: {@link SupportStatus#PAST} from the end of support on (the day itself included:
 * « Windows 10 since 2025-10-14 »), {@link SupportStatus#ENDING} when the end falls after {@code
 * date} and no later than 12 months after it, {@link SupportStatus#SUPPORTED} beyond, or when the
 * row has no date; {@link SupportStatus#UNKNOWN} without a row.
 */
public final class LifecycleTable {

    private final List<LifecycleEntry> entries;

    public LifecycleTable(List<LifecycleEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<LifecycleEntry> entries() {
        return entries;
    }

    /** The status of a product's version for a device of an edition group (null: any), on a date. */
    public LifecycleVerdict status(
            @Nullable String product, @Nullable String version, @Nullable String edition, LocalDate date) {
        LifecycleEntry entry = find(product, version, edition);
        if (entry == null) {
            return new LifecycleVerdict(SupportStatus.UNKNOWN, null);
        }
        return new LifecycleVerdict(statusOf(entry.endOfSupport(), date), entry);
    }

    /** The status of an end-of-support date on {@code date} (null end: supported). */
    public static SupportStatus statusOf(@Nullable LocalDate endOfSupport, LocalDate date) {
        if (endOfSupport == null) {
            return SupportStatus.SUPPORTED;
        }
        if (!date.isBefore(endOfSupport)) {
            return SupportStatus.PAST;
        }
        if (!endOfSupport.isAfter(date.plusMonths(12))) {
            return SupportStatus.ENDING;
        }
        return SupportStatus.SUPPORTED;
    }

    /** The row for a product's version and edition group, or null. */
    public @Nullable LifecycleEntry find(@Nullable String product, @Nullable String version, @Nullable String edition) {
        if (product == null || product.isBlank()) {
            return null;
        }
        String v = version == null ? "" : version.strip();
        LifecycleEntry exact = inCycle(product, v, edition);
        if (exact != null || v.isEmpty()) {
            return exact;
        }
        int space = v.indexOf(' ');
        return space < 0 ? null : inCycle(product, v.substring(0, space), edition);
    }

    private @Nullable LifecycleEntry inCycle(String product, String cycle, @Nullable String edition) {
        LifecycleEntry general = null;
        for (LifecycleEntry e : entries) {
            if (e.product().equalsIgnoreCase(product.strip())
                    && e.cycle().strip().equalsIgnoreCase(cycle)) {
                if (e.edition() == null || e.edition().isBlank()) {
                    general = general == null ? e : general;
                } else if (edition != null && Objects.equals(lower(e.edition()), lower(edition))) {
                    return e;
                }
            }
        }
        return general;
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
