package org.mutualis.savings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.MORLAIX;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Savings per collectivité, per size class and over time, for the three kinds of unit. */
class SavingsEngineTests {

    private static final LocalDate DATE = LocalDate.of(2012, 3, 1);

    private final SavingsEngine engine = SavingsEngine.study();

    private static Offer offer(PriceUnit unit, String price) {
        return new Offer(
                new PriceItem(ItemTheme.TELECOM, "Forfait mobile", unit),
                "Opérateur",
                OfferSource.FRAMEWORK_AGREEMENT,
                Price.ht(price),
                DATE,
                DATE.plusYears(3),
                List.of());
    }

    private static final List<CollectivityVolume> VOLUMES = List.of(
            new CollectivityVolume(
                    MORLAIX, "Morlaix", 15_000, Price.ht("12.27"), new BigDecimal("76"), VolumeSource.DECLARED),
            new CollectivityVolume(
                    "29001", "Petite", 800, Price.ht("12.27"), new BigDecimal("2"), VolumeSource.DECLARED),
            new CollectivityVolume(
                    "29002", "Moyenne", 3_000, Price.ht("10.00"), new BigDecimal("5"), VolumeSource.EXTRAPOLATED));

    @Test
    void monthlyItemsSavePerMonthPerYearAndOverTheContract() {
        ItemSavings savings = engine.savings(offer(PriceUnit.PER_MONTH, "7.35"), VOLUMES, 36);

        var morlaix = savings.collectivities().get(0);
        assertThat(morlaix.sizeClass().code()).isEqualTo("MORLAIX");
        assertThat(morlaix.amounts().perMonth().value()).isEqualByComparingTo("373.92");
        assertThat(morlaix.amounts().perMonth().formula().french())
                .isEqualTo("(12.27 − 7.35) × 76 = 373.92 € HT par mois");
        assertThat(morlaix.amounts().perYear().value()).isEqualByComparingTo("4487.04");
        assertThat(morlaix.amounts().overContract().value()).isEqualByComparingTo("13461.12");
        // 373.92 + 2 × 4.92 + 5 × 2.65 = 373.92 + 9.84 + 13.25
        assertThat(savings.territory().perMonth().value()).isEqualByComparingTo("397.01");
        assertThat(savings.territory().perMonth().notes().stream()
                        .map(n -> n.french())
                        .toList())
                .anyMatch(n -> n.contains("extrapolés") && n.contains("29002"));
        assertThat(savings.collectivities().get(2).amounts().perMonth().notes().stream()
                        .map(n -> n.french())
                        .toList())
                .anyMatch(n -> n.startsWith("Volume extrapolé"));
    }

    @Test
    void sizeClassesGroupTheCollectivites() {
        ItemSavings savings = engine.savings(offer(PriceUnit.PER_MONTH, "7.35"), VOLUMES, 12);

        assertThat(savings.sizeClasses())
                .extracting(s -> s.sizeClass().code(), SizeClassSaving::collectivityCodes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("0-1500", List.of("29001")),
                        org.assertj.core.groups.Tuple.tuple("1501-5000", List.of("29002")),
                        org.assertj.core.groups.Tuple.tuple("MORLAIX", List.of(MORLAIX)));
    }

    @Test
    void oneOffItemsSaveOnceAndYearlyFeesPerYear() {
        ItemSavings oneOff = engine.savings(offer(PriceUnit.PER_UNIT, "7.35"), VOLUMES.subList(0, 1), 36);
        ItemSavings yearly = engine.savings(offer(PriceUnit.PER_YEAR, "7.35"), VOLUMES.subList(0, 1), 36);

        assertThat(oneOff.territory().perYear().value()).isZero();
        assertThat(oneOff.territory().oneOff().value()).isEqualByComparingTo("373.92");
        assertThat(oneOff.territory().overContract().value()).isEqualByComparingTo("373.92");
        assertThat(yearly.territory().perYear().value()).isEqualByComparingTo("373.92");
        assertThat(yearly.territory().perMonth().value()).isEqualByComparingTo("31.16");
        assertThat(yearly.territory().overContract().value()).isEqualByComparingTo("1121.76");
    }
}
