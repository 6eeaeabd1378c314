package org.mutualis.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.MORLAIX;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mutualis.savings.domain.CollectivityVolume;
import org.mutualis.savings.domain.ItemTheme;
import org.mutualis.savings.domain.Offer;
import org.mutualis.savings.domain.OfferSource;
import org.mutualis.savings.domain.Price;
import org.mutualis.savings.domain.PriceItem;
import org.mutualis.savings.domain.PriceUnit;
import org.mutualis.savings.domain.SavingAmounts;
import org.mutualis.savings.domain.SavingFigure;
import org.mutualis.savings.domain.VolumeSource;

/** The assessment adds up, whatever the prices, volumes and awards. */
class AssessmentPropertiesTests {

    private static final LocalDate DATE = LocalDate.of(2013, 6, 1);
    private static final List<Function<SavingAmounts, SavingFigure>> PERIODS = List.of(
            SavingAmounts::perMonth, SavingAmounts::perYear, SavingAmounts::oneOff, SavingAmounts::overContract);

    private final AssessmentEngine engine = AssessmentEngine.study();

    @Provide
    Arbitrary<BigDecimal> prices() {
        return Arbitraries.bigDecimals()
                .between(new BigDecimal("0.0001"), new BigDecimal("10000"))
                .ofScale(4);
    }

    private Arbitrary<CollectivityVolume> volume() {
        return Combinators.combine(
                        Arbitraries.of(MORLAIX, "29105", "29001", "29002", "29003"),
                        prices(),
                        Arbitraries.bigDecimals()
                                .between(BigDecimal.ZERO, new BigDecimal("10000"))
                                .ofScale(0),
                        Arbitraries.of(VolumeSource.class),
                        Arbitraries.of(true, false))
                .as((code, price, volume, source, ttc) ->
                        new CollectivityVolume(code, "C" + code, 2_000, new Price(price, ttc), volume, source));
    }

    private Arbitrary<AssessedItem> item() {
        return Combinators.combine(
                        Arbitraries.of(PriceUnit.class),
                        prices(),
                        prices().injectNull(0.3),
                        volume().list().ofMaxSize(6),
                        Arbitraries.integers().between(0, 60),
                        Arbitraries.strings().alpha().ofLength(6))
                .as((unit, offered, awarded, volumes, months, label) ->
                        new AssessedItem(offer(label, unit, offered), award(awarded), volumes, months));
    }

    @Provide
    Arbitrary<List<AssessedItem>> procurements() {
        return item().list().ofMaxSize(5);
    }

    private static Offer offer(String label, PriceUnit unit, BigDecimal price) {
        return new Offer(
                new PriceItem(ItemTheme.TELECOM, label, unit),
                "Fournisseur",
                OfferSource.NEGOTIATION,
                new Price(price, false),
                DATE,
                null,
                List.of());
    }

    private static AssessmentAward award(BigDecimal price) {
        return price == null ? null : new AssessmentAward("Titulaire", new Price(price, false), DATE);
    }

    @Property
    void theSumOverCollectivitesEqualsTheProcurementTotal(@ForAll("procurements") List<AssessedItem> items) {
        Assessment assessment = engine.assess(items);

        for (Function<SavingAmounts, SavingFigure> period : PERIODS) {
            assertThat(sum(assessment.collectivities(), AssessmentTotals::expected, period))
                    .isEqualByComparingTo(
                            period.apply(assessment.total().expected()).value());
            assertThat(sum(assessment.collectivities(), AssessmentTotals::expectedAwarded, period))
                    .isEqualByComparingTo(
                            period.apply(assessment.total().expectedAwarded()).value());
            if (assessment.total().obtained() != null) {
                assertThat(sum(assessment.collectivities(), AssessmentTotals::obtained, period))
                        .isEqualByComparingTo(
                                period.apply(assessment.total().obtained()).value());
                assertThat(period.apply(assessment.total().gap()).value())
                        .isEqualByComparingTo(period.apply(assessment.total().obtained())
                                .value()
                                .subtract(period.apply(assessment.total().expectedAwarded())
                                        .value()));
            }
        }
        for (var item : assessment.items()) {
            assertThat(item.lines()).allSatisfy(l -> assertThat(l.awarded()).isEqualTo(item.awarded()));
            assertThat(item.totals().obtained() != null).isEqualTo(item.awarded());
        }
    }

    @Property
    void anAwardAtTheOfferPriceObtainsWhatWasExpected(@ForAll("procurements") List<AssessedItem> items) {
        Assume.that(!items.isEmpty());
        List<AssessedItem> atOffer = items.stream()
                .map(i -> new AssessedItem(
                        i.expected(),
                        new AssessmentAward("Titulaire", i.expected().price(), DATE),
                        i.volumes(),
                        i.contractMonths()))
                .toList();

        Assessment assessment = engine.assess(atOffer);

        for (Function<SavingAmounts, SavingFigure> period : PERIODS) {
            assertThat(period.apply(assessment.total().obtained()).value())
                    .isEqualByComparingTo(
                            period.apply(assessment.total().expected()).value());
            assertThat(period.apply(assessment.total().gap()).value()).isZero();
            for (var item : assessment.items()) {
                for (AssessmentLine line : item.lines()) {
                    assertThat(period.apply(line.obtained()).value())
                            .isEqualByComparingTo(period.apply(line.expected()).value());
                }
            }
        }
    }

    @Property
    void aPriceEqualToTodaysGivesZero(@ForAll("prices") BigDecimal today, @ForAll PriceUnit unit) {
        AssessedItem item = new AssessedItem(
                offer("Article", unit, today),
                new AssessmentAward("Titulaire", new Price(today, false), DATE),
                List.of(new CollectivityVolume(
                        MORLAIX,
                        "Morlaix",
                        15_000,
                        new Price(today, false),
                        new BigDecimal("7"),
                        VolumeSource.DECLARED)),
                36);

        Assessment assessment = engine.assess(List.of(item));

        for (Function<SavingAmounts, SavingFigure> period : PERIODS) {
            assertThat(period.apply(assessment.total().expected()).value()).isZero();
            assertThat(period.apply(assessment.total().obtained()).value()).isZero();
            assertThat(period.apply(assessment.total().gap()).value()).isZero();
        }
    }

    private static BigDecimal sum(
            List<AssessmentTotals> totals,
            Function<AssessmentTotals, SavingAmounts> kind,
            Function<SavingAmounts, SavingFigure> period) {
        return totals.stream()
                .map(kind)
                .filter(a -> a != null)
                .map(a -> period.apply(a).value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
