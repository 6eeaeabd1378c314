package org.mutualis.inventory.domain.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class LifecycleTableTests {

    private static final LocalDate CHECKED = LocalDate.of(2026, 8, 1);
    private static final LifecycleTable TABLE = new LifecycleTable(List.of(
            row("windows", "10", null, "2025-10-14"),
            row("windows", "10 1809", "ltsc", "2029-01-09"),
            row("windows", "11 24H2", null, "2026-10-13"),
            row("windows", "11 24H2", "enterprise", "2027-10-12"),
            row("microsoft-office", "2016", null, "2025-10-14"),
            row("microsoft-office", "2019", null, "2025-10-14"),
            row("microsoft-office", "2021", null, "2026-10-13"),
            new LifecycleEntry(9, "microsoft-365", "", null, null, null, null, CHECKED, "Modern Lifecycle")));

    @Example
    void windows10IsPastFromTheDayOfItsEndOfSupport() {
        assertThat(status("windows", "10 22H2", null, "2025-10-13")).isEqualTo(SupportStatus.ENDING);
        assertThat(status("windows", "10 22H2", null, "2025-10-14")).isEqualTo(SupportStatus.PAST);
        assertThat(status("windows", "10 22H2", null, "2025-10-15")).isEqualTo(SupportStatus.PAST);
    }

    @Example
    void office2021IsEndingWithinTwelveMonthsOfItsEnd() {
        assertThat(status("microsoft-office", "2021", null, "2025-10-12")).isEqualTo(SupportStatus.SUPPORTED);
        assertThat(status("microsoft-office", "2021", null, "2025-10-13")).isEqualTo(SupportStatus.ENDING);
        assertThat(status("microsoft-office", "2021", null, "2026-10-12")).isEqualTo(SupportStatus.ENDING);
        assertThat(status("microsoft-office", "2021", null, "2026-10-13")).isEqualTo(SupportStatus.PAST);
        assertThat(status("microsoft-office", "2016", null, "2025-10-14")).isEqualTo(SupportStatus.PAST);
        assertThat(status("microsoft-office", "2019", null, "2025-10-14")).isEqualTo(SupportStatus.PAST);
    }

    @Example
    void theEditionGroupHasItsOwnRowElseTheGeneralOne() {
        assertThat(TABLE.status("windows", "11 24H2", "enterprise", LocalDate.of(2026, 11, 1))
                        .status())
                .isEqualTo(SupportStatus.ENDING);
        assertThat(TABLE.status("windows", "11 24H2", null, LocalDate.of(2026, 11, 1))
                        .status())
                .isEqualTo(SupportStatus.PAST);
        assertThat(TABLE.status("windows", "10 1809", "ltsc", LocalDate.of(2026, 11, 1))
                        .status())
                .isEqualTo(SupportStatus.SUPPORTED);
        assertThat(TABLE.status("windows", "10 1809", "enterprise", LocalDate.of(2026, 11, 1))
                        .entry()
                        .cycle())
                .isEqualTo("10");
    }

    @Example
    void microsoft365IsSupportedWithItsNoteAndChromeOsUnknown() {
        LifecycleVerdict m365 = TABLE.status("microsoft-365", null, null, LocalDate.of(2030, 1, 1));
        assertThat(m365.status()).isEqualTo(SupportStatus.SUPPORTED);
        assertThat(m365.entry().note()).isEqualTo("Modern Lifecycle");
        assertThat(TABLE.status("chromeos", null, null, LocalDate.of(2030, 1, 1))
                        .status())
                .isEqualTo(SupportStatus.UNKNOWN);
        assertThat(TABLE.status("windows", "12", null, LocalDate.of(2030, 1, 1)).status())
                .isEqualTo(SupportStatus.UNKNOWN);
        assertThat(TABLE.status(null, null, null, LocalDate.of(2030, 1, 1)).entry())
                .isNull();
    }

    @Property
    void theStatusOnlyMovesForwardAsTimePasses(
            @ForAll @IntRange(min = -800, max = 800) int days, @ForAll @IntRange(min = 0, max = 400) int later) {
        LocalDate end = LocalDate.of(2026, 10, 13);
        LocalDate day = end.plusDays(days);
        SupportStatus now = LifecycleTable.statusOf(end, day);
        SupportStatus then = LifecycleTable.statusOf(end, day.plusDays(later));
        assertThat(rank(then)).isGreaterThanOrEqualTo(rank(now));
        assertThat(now == SupportStatus.PAST).isEqualTo(!day.isBefore(end));
    }

    private static int rank(SupportStatus s) {
        return switch (s) {
            case SUPPORTED -> 0;
            case ENDING -> 1;
            case PAST -> 2;
            case UNKNOWN -> -1;
        };
    }

    private static SupportStatus status(String product, String version, String edition, String date) {
        return TABLE.status(product, version, edition, LocalDate.parse(date)).status();
    }

    private static LifecycleEntry row(String product, String cycle, String edition, String end) {
        return new LifecycleEntry(
                0,
                product,
                cycle,
                edition,
                LocalDate.parse(end),
                null,
                "https://endoflife.date/windows",
                CHECKED,
                null);
    }
}
