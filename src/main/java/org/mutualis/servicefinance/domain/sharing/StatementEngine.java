package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicefinance.domain.costs.LegalRule;
import org.mutualis.servicefinance.domain.costs.Money;
import org.mutualis.servicefinance.domain.costs.ServiceUnitCost;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.FrenchDates;
import org.mutualis.shared.text.FrenchDecimals;
import org.mutualis.shared.text.Text;

/**
 * The annual statements (états annuels des recours au service, CGCT art. D5211-16).
 *
 * <p>A use is priced at the unit cost of its service for the year of its date. Refused, every
 * problem at once: a period ending before it starts or running over a year, a use of zero or fewer
 * units, a use whose service has no unit cost for its year, two unit costs for one service and
 * year. Left off with their reason: the uses outside the period (they belong to another statement).
 *
 * <p>Rounding: on a statement of its own ({@link #statement}) a service's total is units × unit
 * cost rounded half up to the cent, and its lines are their exact amounts rounded down or up so
 * that they sum to it ({@link LargestRemainder#roundKeepingSum}). On the territory's statements
 * ({@link #territory}), a service's total is the collectivité's part of the territory's total
 * ({@link TerritoryReimbursements}), so that the statements sum to unit cost × every unit recorded,
 * to the cent; its lines share it by their exact amounts ({@link LargestRemainder#allocate}).
 */
public final class StatementEngine {

    public static final String REFUSED = "servicefinance.rules.statement.refused";

    private static final Comparator<RateKey> BY_SERVICE_AND_YEAR =
            Comparator.comparing(RateKey::serviceCode).thenComparingInt(RateKey::year);

    private static final Comparator<Use> BY_DATE_AND_SOURCE =
            Comparator.comparing(Use::date).thenComparing(Use::source);

    private StatementEngine() {}

    /** One collectivité's statement, on its own. */
    public static Statement statement(StatementRequest request, List<ServiceUnitCost> unitCosts) {
        List<Problem> problems = new ArrayList<>();
        Map<RateKey, ServiceUnitCost> rates = index(unitCosts, problems);
        Sorted sorted = sort(request, rates, "", problems);
        refuseIfAny(problems, request.collectivityName());
        return build(request, sorted, (key, uses) -> null);
    }

    /**
     * Every collectivité's statement, its services' totals shared from the territory's totals so
     * that, for each service and year, the statements sum to unit cost × every unit recorded,
     * rounded to the cent.
     */
    public static List<Statement> territory(List<StatementRequest> requests, List<ServiceUnitCost> unitCosts) {
        List<Problem> problems = new ArrayList<>();
        Map<RateKey, ServiceUnitCost> rates = index(unitCosts, problems);
        List<Sorted> all = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            StatementRequest request = requests.get(i);
            if (!codes.add(request.collectivityCode())) {
                problems.add(Problem.of(
                        "statements[" + i + "].collectivityCode",
                        "servicefinance.rules.statement.duplicate",
                        request.collectivityName()));
            }
            all.add(sort(request, rates, "statements[" + i + "].", problems));
        }
        refuseIfAny(problems, "");
        Map<RateKey, List<RecordedUnits>> recorded = new TreeMap<>(BY_SERVICE_AND_YEAR);
        for (int i = 0; i < requests.size(); i++) {
            String code = requests.get(i).collectivityCode();
            for (Map.Entry<RateKey, List<Use>> group : all.get(i).groups().entrySet()) {
                recorded.computeIfAbsent(group.getKey(), k -> new ArrayList<>())
                        .add(new RecordedUnits(code, units(group.getValue())));
            }
        }
        // by service and year, then by collectivité: one look-up per service of a statement, so that
        // the statements of the 36,000 communes of France take linear time
        Map<RateKey, Map<String, BigDecimal>> shared = new HashMap<>();
        recorded.forEach((key, units) -> {
            Map<String, BigDecimal> amounts = new HashMap<>();
            for (Reimbursement part :
                    TerritoryReimbursements.of(rates.get(key), units).parts()) {
                amounts.put(part.collectivityCode(), part.amount());
            }
            shared.put(key, amounts);
        });
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            String code = requests.get(i).collectivityCode();
            statements.add(build(
                    requests.get(i), all.get(i), (key, uses) -> shared.get(key).get(code)));
        }
        return statements;
    }

    /**
     * What is wrong with a statement's period, said on {@code field}: an end before its start, or a
     * period running over a year (CGCT art. D5211-16: at least once a year); empty when none.
     */
    public static List<Problem> periodProblems(StatementPeriod period, String field) {
        if (period.end().isBefore(period.start())) {
            return List.of(Problem.of(
                    field,
                    "servicefinance.rules.period.order",
                    FrenchDates.format(period.start()),
                    FrenchDates.format(period.end())));
        }
        if (period.overOneYear()) {
            return List.of(Problem.of(
                    field,
                    "servicefinance.rules.period.overYear",
                    FrenchDates.format(period.start()),
                    FrenchDates.format(period.end()),
                    LegalRule.PERIODICITY.text()));
        }
        return List.of();
    }

    private record RateKey(String serviceCode, int year) {}

    /** A request's uses: those on the statement, grouped by service and year, and those left off. */
    private record Sorted(
            Map<RateKey, List<Use>> groups, Map<RateKey, ServiceUnitCost> rates, List<ExcludedUse> excluded) {}

    private static Map<RateKey, ServiceUnitCost> index(List<ServiceUnitCost> unitCosts, List<Problem> problems) {
        Map<RateKey, ServiceUnitCost> rates = new HashMap<>();
        for (int i = 0; i < unitCosts.size(); i++) {
            ServiceUnitCost rate = unitCosts.get(i);
            if (rates.putIfAbsent(new RateKey(rate.serviceCode(), rate.year()), rate) != null) {
                problems.add(Problem.of(
                        "unitCosts[" + i + "]",
                        "servicefinance.rules.statement.twoUnitCosts",
                        rate.serviceCode(),
                        String.valueOf(rate.year())));
            }
        }
        return rates;
    }

    private static Sorted sort(
            StatementRequest request, Map<RateKey, ServiceUnitCost> rates, String prefix, List<Problem> problems) {
        StatementPeriod period = request.period();
        problems.addAll(periodProblems(period, prefix + "period.end"));
        Map<RateKey, List<Use>> groups = new TreeMap<>(BY_SERVICE_AND_YEAR);
        List<ExcludedUse> excluded = new ArrayList<>();
        for (int i = 0; i < request.uses().size(); i++) {
            Use use = request.uses().get(i);
            String field = prefix + "uses[" + i + "]";
            if (use.units().signum() <= 0) {
                problems.add(Problem.of(
                        field + ".units",
                        "servicefinance.rules.use.units",
                        use.source(),
                        use.units().toPlainString()));
                continue;
            }
            if (!period.contains(use.date())) {
                excluded.add(new ExcludedUse(
                        use,
                        Text.of(
                                "servicefinance.rules.use.outsidePeriod",
                                FrenchDates.format(use.date()),
                                FrenchDates.format(period.start()),
                                FrenchDates.format(period.end()))));
                continue;
            }
            RateKey key = new RateKey(use.serviceCode(), use.date().getYear());
            if (!rates.containsKey(key)) {
                problems.add(Problem.of(
                        field + ".serviceCode",
                        "servicefinance.rules.use.noUnitCost",
                        use.source(),
                        use.serviceCode(),
                        String.valueOf(key.year())));
                continue;
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(use);
        }
        groups.values().forEach(uses -> uses.sort(BY_DATE_AND_SOURCE));
        return new Sorted(groups, rates, excluded);
    }

    /**
     * @param shared a service's total given by the territory, or null on a statement of its own
     */
    private static Statement build(
            StatementRequest request, Sorted sorted, BiFunction<RateKey, List<Use>, @Nullable BigDecimal> shared) {
        List<StatementLine> lines = new ArrayList<>();
        List<ServiceTotal> services = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(Money.MONEY_SCALE);
        for (Map.Entry<RateKey, List<Use>> group : sorted.groups().entrySet()) {
            BigDecimal rate = sorted.rates().get(group.getKey()).value();
            List<Use> uses = group.getValue();
            List<Share<Integer>> exacts = new ArrayList<>();
            for (int i = 0; i < uses.size(); i++) {
                exacts.add(new Share<>(i, rate.multiply(uses.get(i).units())));
            }
            BigDecimal units = units(uses);
            BigDecimal exact = rate.multiply(units);
            BigDecimal given = shared.apply(group.getKey(), uses);
            List<Allocated<Integer>> amounts =
                    given == null ? LargestRemainder.roundKeepingSum(exacts) : LargestRemainder.allocate(given, exacts);
            BigDecimal amount = given == null ? Money.cents(exact) : given;
            for (Allocated<Integer> line : amounts) {
                lines.add(new StatementLine(
                        uses.get(line.key()), rate, exacts.get(line.key()).weight(), line.amount()));
            }
            services.add(new ServiceTotal(
                    group.getKey().serviceCode(),
                    group.getKey().year(),
                    units,
                    rate,
                    exact,
                    amount,
                    Text.of(
                            given == null
                                    ? "servicefinance.rules.formula.serviceTotal"
                                    : "servicefinance.rules.formula.serviceTotal.shared",
                            FrenchDecimals.format(units),
                            FrenchDecimals.format(rate),
                            FrenchDecimals.format(exact),
                            FrenchDecimals.euros(amount))));
            total = total.add(amount);
        }
        List<Text> notes = List.of(
                LegalRule.STATEMENT.text(),
                Text.of(
                        sorted.groups().isEmpty()
                                ? "servicefinance.rules.note.noUse"
                                : "servicefinance.rules.note.statementRounding"));
        return new Statement(
                request.collectivityCode(),
                request.collectivityName(),
                request.period(),
                lines,
                services,
                sorted.excluded(),
                total,
                notes);
    }

    private static BigDecimal units(List<Use> uses) {
        return uses.stream().map(Use::units).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void refuseIfAny(List<Problem> problems, String who) {
        if (!problems.isEmpty()) {
            throw new RejectedException(problems, REFUSED, who);
        }
    }
}
