package org.mutualis.servicefinance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A convention's renewal date and reminder: signature + whole years, due within the reminder's days. */
class ConventionTermTests {

    @Test
    void aConventionSignedOnTheFirstOfJanuary2015ForThreeYearsIsRenewedOnTheFirstOfJanuary2018() {
        ConventionTerm term = new ConventionTerm(LocalDate.of(2015, 1, 1), 3);

        assertThat(term.renewalOn()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(term.dueWithin(LocalDate.of(2017, 10, 3), 90)).isTrue();
        assertThat(term.dueWithin(LocalDate.of(2017, 10, 2), 90)).isFalse();
        assertThat(term.dueWithin(LocalDate.of(2018, 1, 1), 90)).isTrue();
        assertThat(term.dueWithin(LocalDate.of(2018, 1, 2), 90)).isFalse();
        assertThat(term.lapsed(LocalDate.of(2017, 12, 31))).isFalse();
        assertThat(term.lapsed(LocalDate.of(2018, 1, 1))).isTrue();
    }

    @Test
    void aConventionSignedOnThe29thOfFebruaryIsRenewedOnThe28thInACommonYear() {
        assertThat(new ConventionTerm(LocalDate.of(2016, 2, 29), 1).renewalOn()).isEqualTo(LocalDate.of(2017, 2, 28));
        assertThat(new ConventionTerm(LocalDate.of(2016, 2, 29), 4).renewalOn()).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void aConventionLastsOneTo99Years() {
        assertThatThrownBy(() -> new ConventionTerm(LocalDate.of(2015, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConventionTerm(LocalDate.of(2015, 1, 1), 100))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void consecutiveConventionsDoNotOverlapButOneStartingBeforeTheOtherEndsDoes() {
        ConventionTerm first = new ConventionTerm(LocalDate.of(2015, 1, 1), 3);

        assertThat(first.overlaps(new ConventionTerm(LocalDate.of(2018, 1, 1), 3)))
                .isFalse();
        assertThat(first.overlaps(new ConventionTerm(LocalDate.of(2017, 12, 31), 3)))
                .isTrue();
        assertThat(first.overlaps(new ConventionTerm(LocalDate.of(2012, 1, 2), 3)))
                .isTrue();
        assertThat(first.overlaps(new ConventionTerm(LocalDate.of(2012, 1, 1), 3)))
                .isFalse();
    }

    @Property
    void theRenewalComesTheGivenYearsAfterTheSignatureOnTheSameDayOrTheLastOfFebruary(
            @ForAll @IntRange(min = 0, max = 60_000) int day, @ForAll @IntRange(min = 1, max = 99) int years) {
        LocalDate signed = LocalDate.of(1950, 1, 1).plusDays(day);
        LocalDate renewal = new ConventionTerm(signed, years).renewalOn();

        assertThat(renewal.getYear()).isEqualTo(signed.getYear() + years);
        assertThat(renewal.getMonth()).isEqualTo(signed.getMonth());
        assertThat(renewal.getDayOfMonth()).isEqualTo(Math.min(signed.getDayOfMonth(), renewal.lengthOfMonth()));
    }

    @Property
    void dueMeansTheRenewalIsBetweenTodayAndTheReminderDays(
            @ForAll @IntRange(min = 0, max = 20_000) int signedDay,
            @ForAll @IntRange(min = 1, max = 10) int years,
            @ForAll @IntRange(min = 0, max = 20_000) int todayDay,
            @ForAll @IntRange(min = 1, max = 3650) int days) {
        ConventionTerm term = new ConventionTerm(LocalDate.of(1990, 1, 1).plusDays(signedDay), years);
        LocalDate today = LocalDate.of(1990, 1, 1).plusDays(todayDay);
        long left = term.daysToRenewal(today);

        assertThat(term.dueWithin(today, days)).isEqualTo(left >= 0 && left <= days);
        assertThat(term.lapsed(today)).isEqualTo(left <= 0);
    }

    @Property
    void overlappingIsSymmetric(
            @ForAll @IntRange(min = 0, max = 5000) int a,
            @ForAll @IntRange(min = 1, max = 5) int ya,
            @ForAll @IntRange(min = 0, max = 5000) int b,
            @ForAll @IntRange(min = 1, max = 5) int yb) {
        ConventionTerm first = new ConventionTerm(LocalDate.of(2000, 1, 1).plusDays(a), ya);
        ConventionTerm second = new ConventionTerm(LocalDate.of(2000, 1, 1).plusDays(b), yb);

        assertThat(first.overlaps(second)).isEqualTo(second.overlaps(first));
        assertThat(first.overlaps(first)).isTrue();
    }
}
