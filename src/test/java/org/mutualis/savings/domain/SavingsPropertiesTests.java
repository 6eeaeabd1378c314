package org.mutualis.savings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.MORLAIX;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Savings add up, whatever the prices and volumes. */
class SavingsPropertiesTests {

    private final SavingsEngine engine = SavingsEngine.study();

    @Provide
    Arbitrary<BigDecimal> prices() {
        return Arbitraries.bigDecimals()
                .between(new BigDecimal("0.0001"), new BigDecimal("10000"))
                .ofScale(4);
    }

    @Provide
    Arbitrary<List<CollectivityVolume>> territories() {
        Arbitrary<CollectivityVolume> one = Combinators.combine(
                        Arbitraries.strings().numeric().ofLength(5),
                        Arbitraries.integers().between(0, 20_000),
                        prices(),
                        Arbitraries.bigDecimals()
                                .between(BigDecimal.ZERO, new BigDecimal("100000"))
                                .ofScale(0),
                        Arbitraries.of(VolumeSource.class))
                .as((code, population, price, volume, source) ->
                        new CollectivityVolume(code, "C" + code, population, new Price(price, false), volume, source));
        return one.list().ofMaxSize(30);
    }

    private static Offer offer(PriceUnit unit, BigDecimal price) {
        return new Offer(
                new PriceItem(ItemTheme.TELECOM, "Article", unit),
                "Fournisseur",
                OfferSource.NEGOTIATION,
                new Price(price, false),
                LocalDate.of(2012, 1, 1),
                null,
                List.of());
    }

    @Property
    void theSumOverCollectivitesEqualsTheTerritoryTotal(
            @ForAll("territories") List<CollectivityVolume> volumes,
            @ForAll("prices") BigDecimal offered,
            @ForAll PriceUnit unit,
            @ForAll @IntRange(min = 0, max = 120) int months) {
        ItemSavings savings = engine.savings(offer(unit, offered), volumes, months);

        BigDecimal perYear = savings.collectivities().stream()
                .map(c -> c.amounts().perYear().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal overContract = savings.collectivities().stream()
                .map(c -> c.amounts().overContract().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal bySizeClass = savings.sizeClasses().stream()
                .map(s -> s.amounts().perYear().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(savings.territory().perYear().value()).isEqualByComparingTo(perYear);
        assertThat(savings.territory().overContract().value()).isEqualByComparingTo(overContract);
        assertThat(bySizeClass).isEqualByComparingTo(perYear);
        assertThat(savings.sizeClasses().stream()
                        .mapToInt(s -> s.collectivityCodes().size())
                        .sum())
                .isEqualTo(volumes.size());
    }

    @Property
    void perMonthTimesTwelveEqualsPerYear(
            @ForAll("territories") List<CollectivityVolume> volumes,
            @ForAll("prices") BigDecimal offered,
            @ForAll boolean perCopy) {
        ItemSavings savings =
                engine.savings(offer(perCopy ? PriceUnit.PER_COPY : PriceUnit.PER_MONTH, offered), volumes, 12);

        for (CollectivitySaving saving : savings.collectivities()) {
            assertThat(saving.amounts().perMonth().value().multiply(BigDecimal.valueOf(12)))
                    .isEqualByComparingTo(saving.amounts().perYear().value());
        }
        assertThat(savings.territory().perMonth().value().multiply(BigDecimal.valueOf(12)))
                .isEqualByComparingTo(savings.territory().perYear().value());
        assertThat(savings.territory().overContract().value())
                .isEqualByComparingTo(savings.territory().perYear().value());
    }

    @Property
    void aPriceEqualToTheOfferGivesZero(
            @ForAll("prices") BigDecimal price,
            @ForAll PriceUnit unit,
            @ForAll @IntRange(min = 0, max = 10_000) int volume) {
        Offer offer = offer(unit, price);
        UnitSaving saving = engine.compare(new Price(price, false), offer);
        ItemSavings savings = engine.savings(
                offer,
                List.of(new CollectivityVolume(
                        MORLAIX,
                        "Morlaix",
                        15_000,
                        new Price(price, false),
                        BigDecimal.valueOf(volume),
                        VolumeSource.DECLARED)),
                36);

        assertThat(saving.perUnit().value()).isZero();
        assertThat(saving.percent().value()).isZero();
        assertThat(saving.costIncrease()).isFalse();
        assertThat(savings.territory().perYear().value()).isZero();
        assertThat(savings.territory().oneOff().value()).isZero();
        assertThat(savings.territory().overContract().value()).isZero();
    }

    @Property
    void htToTtcAndBackStaysWithinACent(@ForAll("prices") BigDecimal amount, @ForAll("dates") LocalDate date) {
        VatRates rates = VatRates.frenchStandard();
        Price ht = new Price(amount, false);

        Price ttc = rates.toTtc(ht, date);
        Price back = rates.toHt(ttc, date);

        assertThat(ttc.includesVat()).isTrue();
        assertThat(back.includesVat()).isFalse();
        assertThat(back.amount().subtract(amount).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
        assertThat(ttc.amount()).isGreaterThanOrEqualTo(amount);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers()
                .between(0, 365 * 30)
                .map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    }

    @Property
    void aNegativeSavingIsACostIncreaseOfTheSameSize(
            @ForAll("prices") BigDecimal current, @ForAll("prices") BigDecimal offered) {
        UnitSaving saving = engine.compare(new Price(current, false), offer(PriceUnit.PER_MONTH, offered));

        assertThat(saving.costIncrease()).isEqualTo(offered.compareTo(current) > 0);
        assertThat(saving.costIncreasePercent(2))
                .isEqualByComparingTo(saving.costIncrease() ? saving.percent(2).negate() : BigDecimal.ZERO);
        assertThat(saving.percent().value())
                .isEqualByComparingTo(current.subtract(offered)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(current, 2, RoundingMode.HALF_UP));
    }
}
