package org.mutualis.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The response rate beside the extrapolated totals, and when it is called low. */
class ResponseRatePropertiesTests {

    @Property
    void aRateIsAPercentageAndIsLowExactlyUnderTheThreshold(
            @ForAll @IntRange(min = 0, max = 400) int collectivities,
            @ForAll @IntRange(min = 0, max = 400) int answered,
            @ForAll @IntRange(min = 0, max = 100) int population) {
        int respondents = Math.min(answered, collectivities);
        ResponseRate rate = new ResponseRate(respondents, collectivities, BigDecimal.valueOf(population));
        assertThat(rate.collectivityPercent()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        // low ⇔ fewer than LOW_RATE_PERCENT % of the collectivités (exactly) or of the population
        boolean fewCollectivities = collectivities == 0
                || 100L * respondents < (long) ResponseRate.LOW_RATE_PERCENT * collectivities
                        && rate.collectivityPercent().compareTo(BigDecimal.valueOf(ResponseRate.LOW_RATE_PERCENT)) < 0;
        boolean fewPeople = population < ResponseRate.LOW_RATE_PERCENT;
        assertThat(rate.low()).isEqualTo(fewCollectivities || fewPeople);
        // Without the population (a correspondent), only the collectivités count.
        assertThat(new ResponseRate(respondents, collectivities, null).low()).isEqualTo(fewCollectivities);
    }

    @Property
    void aPercentOfItsWholeStaysWithin0And100(
            @ForAll @IntRange(min = 0, max = 1_000_000) int part,
            @ForAll @IntRange(min = 0, max = 1_000_000) int extra) {
        BigDecimal percent = ResponseRate.percent(part, (long) part + extra);
        assertThat(percent).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    }
}
