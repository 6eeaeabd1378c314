package org.mutualis.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Which year a recurring saving belongs to (Assessments.monthsInYear, docs/servicefinance-rules.md):
 * each month of a member's contract, numbered from its first day, belongs to the year it begins in —
 * so the years of a contract add up to its months, none is lost or counted twice, and a year counts
 * at most twelve.
 */
class SavingYearPropertiesTests {

    @Property
    void theYearsOfAContractAddUpToItsMonths(
            @ForAll @IntRange(min = 2000, max = 2030) int startYear,
            @ForAll @IntRange(min = 0, max = 364) int startDay,
            @ForAll @IntRange(min = 1, max = 120) int months) {
        LocalDate from = LocalDate.ofYearDay(startYear, startDay + 1);
        LocalDate to = from.plusMonths(months).minusDays(1);
        int total = 0;
        for (int year = from.getYear() - 1; year <= to.getYear() + 1; year++) {
            int inYear = Assessments.monthsInYear(from, to, year);
            assertThat(inYear).isBetween(0, 12);
            if (year < from.getYear() || year > to.getYear()) {
                assertThat(inYear).isZero();
            }
            total += inYear;
        }
        assertThat(total).isEqualTo(months);
    }

    @Property
    void aWholeYearOfContractIsTwelveMonths(@ForAll @IntRange(min = 2000, max = 2030) int year) {
        // The study's telephony contract: 01/12/2012–30/11/2015.
        LocalDate from = LocalDate.of(2012, 12, 1);
        LocalDate to = LocalDate.of(2015, 11, 30);
        int expected = year == 2012 ? 1 : year == 2013 || year == 2014 ? 12 : year == 2015 ? 11 : 0;
        assertThat(Assessments.monthsInYear(from, to, year)).isEqualTo(expected);
    }
}
