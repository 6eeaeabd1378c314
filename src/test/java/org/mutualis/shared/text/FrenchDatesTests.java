package org.mutualis.shared.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** One date: ISO and French in, French for reading and ISO for date fields out, strictly. */
class FrenchDatesTests {

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs()
                .between(
                        LocalDate.of(1, 1, 1).toEpochDay(),
                        LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Example
    void readsBothShapes() {
        assertThat(FrenchDates.parse("2026-02-01")).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(FrenchDates.parse("01/02/2026")).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(FrenchDates.parse(" 1/2/2026 ")).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(FrenchDates.format(LocalDate.of(2026, 2, 1))).isEqualTo("01/02/2026");
        assertThat(FrenchDates.iso(LocalDate.of(2026, 2, 1))).isEqualTo("2026-02-01");
    }

    @Example
    void refusesWhatIsNotADate() {
        for (String wrong : new String[] {
            "",
            "abc",
            "31/02/2026",
            "2026-02-31",
            "29/02/2025",
            "2026-13-01",
            "01/13/2026",
            "2026/02/01",
            "01-02-2026",
            "01/02/26",
            "2026-2-1",
            "01/02/2026 10:00",
            "+2026-02-01"
        }) {
            assertThatThrownBy(() -> FrenchDates.parse(wrong)).as(wrong).isInstanceOf(DateTimeParseException.class);
            assertThat(FrenchDates.tryParse(wrong)).as(wrong).isEmpty();
        }
    }

    @Property
    void whatItWritesItReadsBack(@ForAll("dates") LocalDate date) {
        assertThat(FrenchDates.parse(FrenchDates.format(date))).isEqualTo(date);
        assertThat(FrenchDates.parse(FrenchDates.iso(date))).isEqualTo(date);
    }

    /** A day a month does not have is refused, never moved to the month's last day. */
    @Property(tries = 2000)
    void neverASilentWrongDate(
            @ForAll @IntRange(min = 1000, max = 9999) int year,
            @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 31) int day) {
        String french = "%02d/%02d/%04d".formatted(day, month, year);
        String iso = "%04d-%02d-%02d".formatted(year, month, day);
        if (YearMonth.of(year, month).isValidDay(day)) {
            assertThat(FrenchDates.parse(french)).isEqualTo(LocalDate.of(year, month, day));
            assertThat(FrenchDates.parse(iso)).isEqualTo(LocalDate.of(year, month, day));
        } else {
            assertThatThrownBy(() -> FrenchDates.parse(french)).isInstanceOf(DateTimeException.class);
            assertThatThrownBy(() -> FrenchDates.parse(iso)).isInstanceOf(DateTimeException.class);
        }
    }
}
