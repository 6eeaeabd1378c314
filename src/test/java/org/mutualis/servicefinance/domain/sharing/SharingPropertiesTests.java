package org.mutualis.servicefinance.domain.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.mutualis.servicefinance.domain.costs.Money;
import org.mutualis.servicefinance.domain.costs.ServiceUnitCost;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;

/** Rounding neither loses nor creates a cent, whatever the totals, weights, units and unit costs. */
class SharingPropertiesTests {

    private static final BigDecimal CENT = Money.CENT;

    @Provide
    Arbitrary<BigDecimal> totals() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("10000000"))
                .ofScale(3);
    }

    @Provide
    Arbitrary<List<BigDecimal>> weights() {
        Arbitrary<BigDecimal> weight = Arbitraries.oneOf(
                Arbitraries.bigDecimals()
                        .between(BigDecimal.ZERO, new BigDecimal("100000"))
                        .ofScale(2),
                Arbitraries.integers().between(0, 3).map(BigDecimal::valueOf));
        return weight.list().ofMinSize(1).ofMaxSize(40).filter(l -> l.stream().anyMatch(w -> w.signum() > 0));
    }

    @Provide
    Arbitrary<BigDecimal> unitCosts() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("5000"))
                .ofScale(4);
    }

    @Provide
    Arbitrary<List<BigDecimal>> units() {
        return Arbitraries.oneOf(
                        Arbitraries.bigDecimals()
                                .between(BigDecimal.ZERO, new BigDecimal("10000"))
                                .ofScale(2),
                        Arbitraries.integers().between(0, 5).map(BigDecimal::valueOf))
                .list()
                .ofMaxSize(60);
    }

    private static List<Share<String>> shares(List<BigDecimal> weights) {
        List<Share<String>> shares = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            shares.add(new Share<>(String.format("%05d", i), weights.get(i)));
        }
        return shares;
    }

    @Property
    void theAllocationsSumToTheRoundedTotalNoneNegativeEachWithinOneCentOfItsExactShare(
            @ForAll("totals") BigDecimal total, @ForAll("weights") List<BigDecimal> weights) {
        List<Allocated<String>> parts = LargestRemainder.allocate(total, shares(weights));

        BigDecimal sum = parts.stream().map(Allocated::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualTo(Money.cents(total));
        BigDecimal rounded = Money.cents(total);
        BigDecimal allWeights = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (Allocated<String> part : parts) {
            assertThat(part.amount().signum()).isNotNegative();
            assertThat(part.amount().scale()).isEqualTo(2);
            // |amount − T·w/W| < 1 cent, compared exactly: |amount·W − T·w| < W cents
            BigDecimal gap = part.amount()
                    .multiply(allWeights)
                    .subtract(rounded.multiply(part.weight()))
                    .abs();
            assertThat(gap).isLessThan(CENT.multiply(allWeights));
            if (part.weight().signum() == 0) {
                assertThat(part.amount()).isZero();
            }
        }
    }

    @Property
    void theAllocationDependsOnTheKeysNotOnTheOrderTheyCameIn(
            @ForAll("totals") BigDecimal total, @ForAll("weights") List<BigDecimal> weights, @ForAll long seed) {
        List<Share<String>> shares = shares(weights);
        List<Share<String>> shuffled = new ArrayList<>(shares);
        Collections.shuffle(shuffled, new Random(seed));
        // callers list the parties by key: sorting again gives the same list, hence the same result
        shuffled.sort(java.util.Comparator.comparing(Share::key));

        assertThat(LargestRemainder.allocate(total, shuffled)).isEqualTo(LargestRemainder.allocate(total, shares));
    }

    @Property
    void theReimbursementsSumToTheUnitCostTimesTheTotalUnitsToTheCent(
            @ForAll("unitCosts") BigDecimal unitCost, @ForAll("units") List<BigDecimal> units) {
        List<RecordedUnits> recorded = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            recorded.add(new RecordedUnits("29" + String.format("%03d", i % 45), units.get(i)));
        }
        Reimbursements reimbursements =
                TerritoryReimbursements.of(new ServiceUnitCost("assistance", 2015, unitCost), recorded);

        BigDecimal totalUnits = units.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expected = Money.cents(unitCost.multiply(totalUnits));
        assertThat(reimbursements.total()).isEqualTo(expected);
        assertThat(reimbursements.parts().stream().map(Reimbursement::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(expected);
        for (Reimbursement part : reimbursements.parts()) {
            assertThat(part.exact()).isEqualByComparingTo(unitCost.multiply(part.units()));
            // rounded down or up, never further
            assertThat(part.amount().subtract(part.exact()).abs()).isLessThan(CENT);
            assertThat(part.amount().signum()).isNotNegative();
        }
    }

    @Provide
    Arbitrary<List<Use>> uses() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 400),
                        Arbitraries.of("assistance", "formation"),
                        Arbitraries.integers().between(1, 500),
                        Arbitraries.bigDecimals()
                                .between(new BigDecimal("0.25"), new BigDecimal("40"))
                                .ofScale(2))
                .as((day, service, number, quantity) ->
                        new Use(LocalDate.of(2015, 1, 1).plusDays(day), service, "ticket n° " + number, quantity))
                .list()
                .ofMaxSize(30);
    }

    @Property
    void theTerritorysStatementsSumToTheUnitCostTimesEveryUnitPerServiceAndTheirLinesToTheirTotals(
            @ForAll("unitCosts") BigDecimal assistance,
            @ForAll("unitCosts") BigDecimal training,
            @ForAll("uses") List<Use> first,
            @ForAll("uses") List<Use> second,
            @ForAll("uses") List<Use> third) {
        List<ServiceUnitCost> rates = List.of(
                new ServiceUnitCost("assistance", 2015, assistance), new ServiceUnitCost("formation", 2015, training));
        List<StatementRequest> requests = List.of(
                new StatementRequest("29151", "Morlaix", StatementPeriod.year(2015), first),
                new StatementRequest("29023", "Carantec", StatementPeriod.year(2015), second),
                new StatementRequest("29059", "Garlan", StatementPeriod.year(2015), third));

        List<Statement> statements = StatementEngine.territory(requests, rates);

        for (ServiceUnitCost rate : rates) {
            BigDecimal units = BigDecimal.ZERO;
            BigDecimal billed = BigDecimal.ZERO;
            for (Statement statement : statements) {
                for (ServiceTotal service : statement.services()) {
                    if (service.serviceCode().equals(rate.serviceCode())) {
                        units = units.add(service.units());
                        billed = billed.add(service.amount());
                    }
                }
            }
            assertThat(billed).isEqualByComparingTo(Money.cents(rate.value().multiply(units)));
        }
        for (Statement statement : statements) {
            assertThat(statement.lines().stream().map(StatementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(statement.total());
            assertThat(statement.lines())
                    .allSatisfy(l -> assertThat(l.amount().signum()).isNotNegative());
            assertThat(statement.lines().size() + statement.excluded().size())
                    .isEqualTo(requests.stream()
                            .filter(r -> r.collectivityCode().equals(statement.collectivityCode()))
                            .findFirst()
                            .orElseThrow()
                            .uses()
                            .size());
            assertThat(statement.excluded())
                    .allSatisfy(e -> assertThat(e.use().date().getYear()).isEqualTo(2016));
        }
    }

    @Property
    void aStatementOnItsOwnBillsEachServiceItsUnitsTimesItsUnitCostRounded(
            @ForAll("unitCosts") BigDecimal assistance, @ForAll("uses") List<Use> uses) {
        List<ServiceUnitCost> rates = List.of(
                new ServiceUnitCost("assistance", 2015, assistance),
                new ServiceUnitCost("formation", 2015, assistance));
        Statement statement = StatementEngine.statement(
                new StatementRequest("29023", "Carantec", StatementPeriod.year(2015), uses), rates);

        for (ServiceTotal service : statement.services()) {
            assertThat(service.amount())
                    .isEqualTo(Money.cents(service.unitCost().multiply(service.units())));
        }
        assertThat(statement.lines())
                .allSatisfy(
                        l -> assertThat(l.amount().subtract(l.exact()).abs()).isLessThan(CENT));
        assertThat(statement.lines().stream().map(StatementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(statement.total());
    }

    @Property
    void aPeriodOverOneYearIsAlwaysRefused(
            @ForAll @IntRange(min = 0, max = 3000) int startDay, @ForAll @IntRange(min = 0, max = 800) int extraDays) {
        LocalDate start = LocalDate.of(2012, 1, 1).plusDays(startDay);
        LocalDate end = start.plusYears(1).plusDays(extraDays);
        StatementRequest request =
                new StatementRequest("29023", "Carantec", new StatementPeriod(start, end), List.of());

        assertThatThrownBy(() -> StatementEngine.statement(request, List.of()))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::code)
                                .containsExactly("servicefinance.rules.period.overYear"));
        // one day less is a year at most, and accepted
        StatementRequest year = new StatementRequest(
                "29023",
                "Carantec",
                new StatementPeriod(start, start.plusYears(1).minusDays(1)),
                List.of());
        assertThat(StatementEngine.statement(year, List.of()).total()).isZero();
    }

    @Provide
    Arbitrary<List<Member>> members() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 40000),
                        Arbitraries.integers().between(0, 400).injectNull(0.05))
                .as((population, workstations) -> new Object[] {population, workstations})
                .list()
                .ofMinSize(1)
                .ofMaxSize(40)
                .map(rows -> {
                    List<Member> members = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        members.add(new Member(
                                String.format("29%03d", i), "Commune " + i, (Integer) rows.get(i)[0], (Integer)
                                        rows.get(i)[1]));
                    }
                    return members;
                });
    }

    @Property
    void everyAlternativeSharesTheSameTotalAndItsDifferenceIsAgainstTheUnits(
            @ForAll("members") List<Member> members, @ForAll("unitCosts") BigDecimal unitCost, @ForAll long seed) {
        Random random = new Random(seed);
        List<RecordedUnits> units = members.stream()
                .map(m -> new RecordedUnits(m.collectivityCode(), BigDecimal.valueOf(random.nextInt(500))))
                .toList();
        Reimbursements reimbursements =
                TerritoryReimbursements.of(new ServiceUnitCost("assistance", 2015, unitCost), units);
        List<SubscriptionClass> classes = List.of(
                new SubscriptionClass("petites", "0 à 1 500", 0, 1500, new BigDecimal("1200")),
                new SubscriptionClass("autres", "plus de 1 500", 1501, null, new BigDecimal("3000")));

        AlternativesComparison comparison = AlternativesEngine.compare(
                new AlternativesRequest(2015, members, List.of(reimbursements), null, classes));

        assertThat(comparison.totalCost()).isEqualByComparingTo(reimbursements.total());
        AlternativeTotal byUnits = comparison.totals().get(Alternative.UNITS.ordinal());
        assertThat(byUnits.total()).isEqualByComparingTo(reimbursements.total());
        AlternativeTotal byPopulation = comparison.totals().get(Alternative.POPULATION.ordinal());
        boolean people = members.stream().anyMatch(m -> m.population() > 0);
        if (people || reimbursements.total().signum() == 0) {
            assertThat(byPopulation.total()).isEqualByComparingTo(reimbursements.total());
        } else {
            assertThat(byPopulation.total()).isNull();
        }
        boolean nc = members.stream().anyMatch(m -> m.workstations() == null);
        if (nc) {
            assertThat(comparison
                            .totals()
                            .get(Alternative.WORKSTATIONS.ordinal())
                            .total())
                    .isNull();
        }
        for (MemberAlternatives member : comparison.members()) {
            BigDecimal reference = member.cost(Alternative.UNITS).amount();
            assertThat(reference).isNotNull();
            for (AlternativeCost cost : member.costs()) {
                BigDecimal amount = cost.amount();
                if (amount == null) {
                    assertThat(cost.differenceFromUnits()).isNull();
                } else {
                    assertThat(amount.signum()).isNotNegative();
                    assertThat(cost.differenceFromUnits()).isEqualByComparingTo(amount.subtract(reference));
                }
            }
        }
    }
}
