package org.mutualis.servicedesk.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The French public holidays, Easter by the Gregorian computus. */
class FrenchHolidaysTests {

    @Example
    void easterOfKnownYears() {
        assertThat(FrenchHolidays.easter(2014)).isEqualTo(LocalDate.of(2014, 4, 20));
        assertThat(FrenchHolidays.easter(2015)).isEqualTo(LocalDate.of(2015, 4, 5));
        assertThat(FrenchHolidays.easter(2023)).isEqualTo(LocalDate.of(2023, 4, 9));
        assertThat(FrenchHolidays.easter(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(FrenchHolidays.easter(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(FrenchHolidays.easter(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(FrenchHolidays.easter(2008)).isEqualTo(LocalDate.of(2008, 3, 23));
        assertThat(FrenchHolidays.easter(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(FrenchHolidays.easter(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
    }

    @Example
    void theElevenHolidaysOf2026() {
        assertThat(FrenchHolidays.of(2026))
                .containsExactly(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 4, 6), // Easter Monday
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 5, 8),
                        LocalDate.of(2026, 5, 14), // Ascension
                        LocalDate.of(2026, 5, 25), // Whit Monday
                        LocalDate.of(2026, 7, 14),
                        LocalDate.of(2026, 8, 15),
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2026, 11, 11),
                        LocalDate.of(2026, 12, 25));
        assertThat(FrenchHolidays.isHoliday(LocalDate.of(2026, 5, 14))).isTrue();
        assertThat(FrenchHolidays.isHoliday(LocalDate.of(2026, 5, 13))).isFalse();
        assertThat(FrenchHolidays.isHoliday(LocalDate.of(2026, 4, 3)))
                .as("Good Friday is not one")
                .isFalse();
    }

    @Example
    void ascensionOnMayDayIn2008GivesTenDates() {
        assertThat(FrenchHolidays.of(2008)).hasSize(10).contains(LocalDate.of(2008, 5, 1), LocalDate.of(2008, 5, 12));
    }

    @Property
    void easterIsASundayBetweenMarch22AndApril25(@ForAll @IntRange(min = 1583, max = 4099) int year) {
        LocalDate easter = FrenchHolidays.easter(year);
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(easter).isBetween(LocalDate.of(year, Month.MARCH, 22), LocalDate.of(year, Month.APRIL, 25));
    }

    @Property
    void isHolidayAgreesWithTheList(
            @ForAll @IntRange(min = 1900, max = 2200) int year, @ForAll @IntRange(min = 0, max = 364) int day) {
        LocalDate date = LocalDate.of(year, 1, 1).plusDays(day);
        List<LocalDate> holidays = FrenchHolidays.of(year);
        assertThat(FrenchHolidays.isHoliday(date)).isEqualTo(holidays.contains(date));
        assertThat(holidays.get(1).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }
}
