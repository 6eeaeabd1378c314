package org.mutualis.servicefinance.domain.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;

/** The D5211-16 rules on the unit cost, whatever the charges, forecasts and dates. */
class UnitCostPropertiesTests {

    private static final List<ChargeCategory> ADMITTED = List.of(
            ChargeCategory.STAFF,
            ChargeCategory.SUPPLIES,
            ChargeCategory.RENEWAL_OF_GOODS,
            ChargeCategory.SERVICE_CONTRACTS);

    private static final List<ChargeCategory> EXCLUDED =
            List.of(ChargeCategory.values()).stream().filter(c -> !c.admitted()).toList();

    private static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("2000000"))
                .ofScale(2);
    }

    private static Arbitrary<ChargeLine> line(List<ChargeCategory> categories) {
        return Combinators.combine(
                        Arbitraries.of(categories),
                        amounts(),
                        Arbitraries.strings().alpha().ofLength(5))
                .as((category, amount, account) -> new ChargeLine(category, account, amount));
    }

    @Provide
    Arbitrary<List<ChargeLine>> admitted() {
        return line(ADMITTED).list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<ChargeLine> excluded() {
        return line(EXCLUDED);
    }

    @Provide
    Arbitrary<BigDecimal> forecasts() {
        return Arbitraries.bigDecimals()
                .between(new BigDecimal("0.5"), new BigDecimal("100000"))
                .ofScale(1);
    }

    @Provide
    Arbitrary<BigDecimal> noForecast() {
        return Arbitraries.bigDecimals()
                .between(new BigDecimal("-100"), BigDecimal.ZERO)
                .ofScale(2)
                .injectNull(0.3);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers()
                .between(0, 3650)
                .map(d -> LocalDate.of(2014, 1, 1).plusDays(d));
    }

    private static UnitCostRequest request(List<ChargeLine> charges, BigDecimal forecast) {
        return new UnitCostRequest("s", "unité", 2015, 2014, charges, List.of(), forecast);
    }

    @Property
    void anExcludedCategoryIsAlwaysRefused(
            @ForAll("admitted") List<ChargeLine> charges,
            @ForAll("excluded") ChargeLine excluded,
            @ForAll @IntRange(min = 0, max = 12) int at,
            @ForAll("forecasts") BigDecimal forecast) {
        List<ChargeLine> all = new ArrayList<>(charges);
        int index = Math.min(at, all.size());
        all.add(index, excluded);

        assertThatThrownBy(() -> UnitCostEngine.compute(request(all, forecast)))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.problems())
                                .filteredOn(p -> p.code().equals("servicefinance.rules.charge.excluded"))
                                .singleElement()
                                .satisfies(p -> {
                                    assertThat(p.field()).isEqualTo("charges[" + index + "].category");
                                    assertThat(p.args()).contains(LegalRule.CHARGES.text());
                                }));
    }

    @Property
    void noUnitCostWithoutForecastUnits(
            @ForAll("admitted") List<ChargeLine> charges, @ForAll("noForecast") BigDecimal forecast) {
        assertThatThrownBy(() -> UnitCostEngine.compute(request(charges, forecast)))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.problems()).extracting(Problem::field).containsExactly("forecastUnits"));
    }

    @Property
    void theUnitCostIsTheAdmittedChargesOverTheUnitsRoundedOnceToFourDecimals(
            @ForAll("admitted") List<ChargeLine> charges, @ForAll("forecasts") BigDecimal forecast) {
        UnitCost cost = UnitCostEngine.compute(request(charges, forecast));

        BigDecimal total = charges.stream().map(ChargeLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(cost.totalCharges()).isEqualByComparingTo(total);
        assertThat(cost.value().scale()).isEqualTo(4);
        // |unit cost × units − total| ≤ half a ten-thousandth per unit
        BigDecimal error = cost.value().multiply(forecast).subtract(total).abs();
        assertThat(error).isLessThanOrEqualTo(new BigDecimal("0.00005").multiply(forecast));
        assertThat(cost.categories().stream().map(CategoryCharge::retained).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(total);
    }

    @Property
    void aLateFirstYearCommunicationIsFlagged(
            @ForAll("dates") LocalDate signed,
            @ForAll("dates") LocalDate communicated,
            @ForAll("dates") LocalDate today) {
        CommunicationCheck check =
                UnitCostCommunication.check(new CommunicationFacts(communicated, null, signed, true), today);

        boolean afterThreeMonths = communicated.isAfter(signed.plusMonths(3));
        assertThat(check.late()).isEqualTo(afterThreeMonths);
        assertThat(check.status()).isEqualTo(afterThreeMonths ? CommunicationStatus.LATE : CommunicationStatus.ON_TIME);
    }

    @Property
    void aCommunicationOnOrAfterTheBudgetAdoptionIsFlagged(
            @ForAll("dates") LocalDate adoption,
            @ForAll("dates") LocalDate communicated,
            @ForAll("dates") LocalDate today) {
        CommunicationCheck check = UnitCostCommunication.check(
                new CommunicationFacts(communicated, adoption, LocalDate.of(2013, 1, 1), false), today);

        assertThat(check.late()).isEqualTo(!communicated.isBefore(adoption));
        assertThat(check.deadline()).isEqualTo(adoption);
    }

    @Property
    void aMissingCommunicationIsLateOncePastItsDeadlineAndPendingBefore(
            @ForAll("dates") LocalDate adoption, @ForAll("dates") LocalDate today) {
        CommunicationCheck check = UnitCostCommunication.check(
                new CommunicationFacts(null, adoption, LocalDate.of(2013, 1, 1), false), today);

        assertThat(check.status())
                .isEqualTo(today.isBefore(adoption) ? CommunicationStatus.PENDING : CommunicationStatus.LATE);
    }
}
