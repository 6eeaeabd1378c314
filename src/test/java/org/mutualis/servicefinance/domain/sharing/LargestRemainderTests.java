package org.mutualis.servicefinance.domain.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.CARANTEC;
import static org.mutualis.StudyCodes.GARLAN;
import static org.mutualis.StudyCodes.MORLAIX;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;

class LargestRemainderTests {

    static Share<String> share(String key, String weight) {
        return new Share<>(key, new BigDecimal(weight));
    }

    @Test
    void aHundredEurosOverThreeEqualSharesGivesTheOddCentToTheFirstListed() {
        List<Allocated<String>> parts = LargestRemainder.allocate(
                new BigDecimal("100"), List.of(share(CARANTEC, "1"), share(GARLAN, "1"), share(MORLAIX, "1")));

        assertThat(parts)
                .extracting(Allocated::amount)
                .containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
        assertThat(parts).extracting(Allocated::extraCent).containsExactly(true, false, false);
        assertThat(parts.get(0).exact()).isEqualTo(new BigDecimal("33.333333"));
    }

    @Test
    void theLargestRemaindersGetTheCentsLeftOver() {
        // 10.00 € by populations 2,818 (Carantec), 843 (Garlan), 16,726 (Morlaix), Σ 20,387: quotas
        // 138.225…, 41.350…, 820.424… cents; rounded down 138 + 41 + 820 = 999: the cent left goes
        // to the largest remainder, Morlaix's .424.
        List<Allocated<String>> parts = LargestRemainder.allocate(
                new BigDecimal("10.00"),
                List.of(share(CARANTEC, "2818"), share(GARLAN, "843"), share(MORLAIX, "16726")));

        assertThat(parts)
                .extracting(Allocated::amount)
                .containsExactly(new BigDecimal("1.38"), new BigDecimal("0.41"), new BigDecimal("8.21"));
    }

    @Test
    void aZeroWeightGetsNothingAndANothingToShareGivesZeros() {
        assertThat(LargestRemainder.allocate(new BigDecimal("0.05"), List.of(share("a", "0"), share("b", "3"))))
                .extracting(Allocated::amount)
                .containsExactly(new BigDecimal("0.00"), new BigDecimal("0.05"));
        assertThat(LargestRemainder.allocate(BigDecimal.ZERO, List.of(share("a", "0"), share("b", "0"))))
                .extracting(Allocated::amount)
                .containsExactly(new BigDecimal("0.00"), new BigDecimal("0.00"));
    }

    @Test
    void negativeWeightsOrTotalsAndAnAmountWithNoWeightAreRefused() {
        assertThatThrownBy(() -> LargestRemainder.allocate(new BigDecimal("-1"), List.of(share("a", "-2"))))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::field)
                                .containsExactly("total", "shares[0].weight"));
        assertThatThrownBy(() -> LargestRemainder.allocate(new BigDecimal("12"), List.of(share("a", "0"))))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::code)
                                .containsExactly("servicefinance.rules.allocation.noWeight"));
    }

    @Test
    void exactAmountsAreRoundedDownOrUpSoThatTheirSumIsTheirRoundedSum() {
        // 42.9167 × 3 = 128.7501, × 5 = 214.5835, × 7 = 300.4169: Σ 643.7505 → 643.75
        List<Allocated<String>> parts = LargestRemainder.roundKeepingSum(
                List.of(share(CARANTEC, "128.7501"), share(GARLAN, "214.5835"), share(MORLAIX, "300.4169")));

        assertThat(parts)
                .extracting(Allocated::amount)
                .containsExactly(new BigDecimal("128.75"), new BigDecimal("214.58"), new BigDecimal("300.42"));
    }
}
