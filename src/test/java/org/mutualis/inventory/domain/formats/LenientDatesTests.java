package org.mutualis.inventory.domain.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mutualis.inventory.domain.formats.LenientDates.SlashOrder;

class LenientDatesTests {

    @Property
    void anyTextIsADateOfAComputersLifetimeOrNothing(@ForAll("dateLike") String text, @ForAll SlashOrder order) {
        LocalDate date = LenientDates.date(text, order);
        if (date != null) {
            assertThat(date).isBetween(LocalDate.of(1980, 1, 1), LocalDate.of(2200, 12, 31));
        }
        LenientDates.dateTime(text);
    }

    @Property
    void aDateWrittenAnyWayAnAgentWritesItIsReadBack(@ForAll("dates") LocalDate date) {
        String iso = date.toString();
        String monthFirst = String.format("%02d/%02d/%d", date.getMonthValue(), date.getDayOfMonth(), date.getYear());
        String dayFirst = String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        assertThat(LenientDates.date(iso, SlashOrder.DAY_FIRST)).isEqualTo(date);
        assertThat(LenientDates.date(iso + " 23:59:59", SlashOrder.MONTH_FIRST)).isEqualTo(date);
        assertThat(LenientDates.date(iso.replace('-', '/') + " 00:00:00", SlashOrder.DAY_FIRST))
                .isEqualTo(date);
        assertThat(LenientDates.date(monthFirst, SlashOrder.MONTH_FIRST)).isEqualTo(date);
        assertThat(LenientDates.date(dayFirst, SlashOrder.DAY_FIRST)).isEqualTo(date);
        assertThat(LenientDates.date(iso.replace("-", ""), SlashOrder.DAY_FIRST))
                .isEqualTo(date);
    }

    @Example
    void aDayPastTwelveTellsTheOrderWhateverTheFieldSays() {
        assertThat(LenientDates.date("25/01/2023", SlashOrder.MONTH_FIRST)).isEqualTo(LocalDate.of(2023, 1, 25));
        assertThat(LenientDates.date("01/25/2023", SlashOrder.DAY_FIRST)).isEqualTo(LocalDate.of(2023, 1, 25));
        assertThat(LenientDates.dateTime("2026-11-28T08:41:03+01:00"))
                .isEqualTo(LocalDateTime.of(2026, 11, 28, 8, 41, 3));
        assertThat(LenientDates.dateTime("2026-11-28 25:99")).isEqualTo(LocalDateTime.of(2026, 11, 28, 0, 0));
        assertThat(LenientDates.date("1970-00-01", SlashOrder.DAY_FIRST)).isNull();
        assertThat(LenientDates.date("Tue May 20 00:00:00", SlashOrder.DAY_FIRST))
                .isNull();
    }

    @Provide
    Arbitrary<String> dateLike() {
        return Arbitraries.strings().withChars("0123456789-/:. T+Z").ofMaxLength(30);
    }

    @Property(tries = 2000)
    void theQuickReadingOfCommonFormsReadsWhatThePatternsRead(
            @ForAll("commonForms") String text, @ForAll SlashOrder order) {
        assertThat(LenientDates.dateTime(text, order)).isEqualTo(LenientDates.patterns(text, order));
    }

    /** Texts of the lengths and shapes the quick reading takes, with fields out of range and letters. */
    @Provide
    Arbitrary<String> commonForms() {
        Arbitrary<String> field2 =
                Arbitraries.of("00", "01", "09", "12", "13", "28", "29", "30", "31", "32", "60", "99", "1a");
        Arbitrary<String> year = Arbitraries.of("0000", "1970", "1980", "2000", "2023", "2024", "2200", "2201", "20x4");
        Arbitrary<String> sep = Arbitraries.of("-", "/", ".", ":", "x");
        return Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(year, sep, field2, sep, field2)
                        .as((y, s1, m, s2, d) -> y + s1 + m + s2 + d),
                net.jqwik.api.Combinators.combine(field2, sep, field2, sep, year)
                        .as((a, s1, b, s2, y) -> a + s1 + b + s2 + y),
                net.jqwik.api.Combinators.combine(
                                year, sep, field2, field2, Arbitraries.of(" ", "T", "_"), field2, field2, field2)
                        .as((y, s, m, d, t, h, mi, se) -> y + s + m + s + d + t + h + ":" + mi + ":" + se));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers()
                .between(0, 60_000)
                .map(days -> LocalDate.of(1980, 1, 1).plusDays(days));
    }
}
