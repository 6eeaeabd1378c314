package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicefinance.domain.costs.Money;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.FrenchDecimals;
import org.mutualis.shared.text.Text;

/**
 * The cost of each member under each way of financing the service, for one year:
 *
 * <pre>
 * UNITS        = Σ over services of its D5211-16 reimbursement (unit cost × units, to the cent)
 * SUBSCRIPTION = the annual fee of its population's size class
 * POPULATION   = C × population ÷ Σ populations         (largest remainder to the cent)
 * WORKSTATIONS = C × workstations ÷ Σ workstations     (largest remainder; unknown if any is NC)
 * difference   = cost − UNITS
 * </pre>
 *
 * C is the request's total cost, or else Σ UNITS. Members are taken by collectivité code, which is
 * also the tie-break of the largest remainders. Refused, every problem at once: a member listed
 * twice, a member in no size class or in two, a negative fee or total, a reimbursement for a
 * collectivité that is not a member.
 */
public final class AlternativesEngine {

    public static final String REFUSED = "servicefinance.rules.alternatives.refused";

    private AlternativesEngine() {}

    public static AlternativesComparison compare(AlternativesRequest request) {
        List<Problem> problems = new ArrayList<>();
        List<Member> members = new ArrayList<>(request.members());
        members.sort(Comparator.comparing(Member::collectivityCode));
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < request.members().size(); i++) {
            Member member = request.members().get(i);
            if (!codes.add(member.collectivityCode())) {
                problems.add(Problem.of(
                        "members[" + i + "].collectivityCode",
                        "servicefinance.rules.alternatives.duplicate",
                        member.name()));
            }
            if (member.population() < 0 || member.workstations() != null && member.workstations() < 0) {
                problems.add(
                        Problem.of("members[" + i + "]", "servicefinance.rules.alternatives.negative", member.name()));
            }
        }
        Map<String, BigDecimal> units = new HashMap<>();
        for (Reimbursements service : request.units()) {
            for (Reimbursement part : service.parts()) {
                if (!codes.contains(part.collectivityCode())) {
                    problems.add(Problem.of(
                            "units",
                            "servicefinance.rules.alternatives.notMember",
                            part.collectivityCode(),
                            service.unitCost().serviceCode()));
                }
                units.merge(part.collectivityCode(), part.amount(), BigDecimal::add);
            }
        }
        Map<String, SubscriptionClass> classOf = classify(request, problems);
        BigDecimal givenTotal = request.totalCost();
        if (givenTotal != null && givenTotal.signum() < 0) {
            problems.add(Problem.of(
                    "totalCost", "servicefinance.rules.allocation.negativeTotal", givenTotal.toPlainString()));
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems, REFUSED, String.valueOf(request.year()));
        }

        BigDecimal zero = BigDecimal.ZERO.setScale(Money.MONEY_SCALE);
        Map<String, BigDecimal> byUnits = new HashMap<>();
        BigDecimal unitsTotal = zero;
        for (Member member : members) {
            BigDecimal amount = units.getOrDefault(member.collectivityCode(), zero);
            byUnits.put(member.collectivityCode(), amount);
            unitsTotal = unitsTotal.add(amount);
        }
        BigDecimal total = Money.cents(givenTotal == null ? unitsTotal : givenTotal);
        List<Text> notes = new ArrayList<>();
        notes.add(Text.of(
                givenTotal == null
                        ? "servicefinance.rules.alternatives.note.totalFromUnits"
                        : "servicefinance.rules.alternatives.note.totalGiven",
                FrenchDecimals.euros(total)));

        Map<String, BigDecimal> byPopulation =
                share(total, members, m -> BigDecimal.valueOf(m.population()), Alternative.POPULATION, notes);
        List<String> unknownWorkstations = members.stream()
                .filter(m -> m.workstations() == null)
                .map(Member::name)
                .toList();
        Map<String, BigDecimal> byWorkstations;
        if (unknownWorkstations.isEmpty()) {
            byWorkstations = share(total, members, m -> workstations(m), Alternative.WORKSTATIONS, notes);
        } else {
            byWorkstations = Map.of();
            notes.add(Text.of(
                    "servicefinance.rules.alternatives.note.workstationsUnknown",
                    String.join(", ", unknownWorkstations)));
        }

        Map<Alternative, BigDecimal> totals = new EnumMap<>(Alternative.class);
        Set<Alternative> unknown = new HashSet<>();
        List<MemberAlternatives> rows = new ArrayList<>();
        for (Member member : members) {
            String code = member.collectivityCode();
            BigDecimal reference = byUnits.get(code);
            SubscriptionClass fee = classOf.get(code);
            List<AlternativeCost> costs = List.of(
                    cost(
                            Alternative.UNITS,
                            reference,
                            reference,
                            Text.of(
                                    "servicefinance.rules.alternatives.formula.UNITS",
                                    FrenchDecimals.euros(reference))),
                    cost(
                            Alternative.SUBSCRIPTION,
                            Money.cents(fee.annualFee()),
                            reference,
                            Text.of(
                                    "servicefinance.rules.alternatives.formula.SUBSCRIPTION",
                                    fee.label(),
                                    FrenchDecimals.euros(fee.annualFee()))),
                    cost(
                            Alternative.POPULATION,
                            byPopulation.get(code),
                            reference,
                            Text.of(
                                    "servicefinance.rules.alternatives.formula.POPULATION",
                                    FrenchDecimals.euros(total),
                                    FrenchDecimals.format(BigDecimal.valueOf(member.population())),
                                    FrenchDecimals.format(sum(members, m -> BigDecimal.valueOf(m.population()))))),
                    cost(
                            Alternative.WORKSTATIONS,
                            byWorkstations.get(code),
                            reference,
                            workstationsFormula(total, member, members)));
            for (AlternativeCost cost : costs) {
                BigDecimal amount = cost.amount();
                if (amount == null) {
                    unknown.add(cost.alternative());
                } else {
                    totals.merge(cost.alternative(), amount, BigDecimal::add);
                }
            }
            rows.add(new MemberAlternatives(code, member.name(), costs));
        }
        List<AlternativeTotal> summary = new ArrayList<>();
        for (Alternative alternative : Alternative.values()) {
            summary.add(new AlternativeTotal(
                    alternative,
                    unknown.contains(alternative) ? null : totals.getOrDefault(alternative, zero),
                    alternative.method()));
        }
        return new AlternativesComparison(request.year(), total, rows, summary, notes);
    }

    private static Map<String, SubscriptionClass> classify(AlternativesRequest request, List<Problem> problems) {
        for (int i = 0; i < request.classes().size(); i++) {
            if (request.classes().get(i).annualFee().signum() < 0) {
                problems.add(Problem.of(
                        "classes[" + i + "].annualFee",
                        "servicefinance.rules.alternatives.negativeFee",
                        request.classes().get(i).label()));
            }
        }
        Map<String, SubscriptionClass> classOf = new HashMap<>();
        for (int i = 0; i < request.members().size(); i++) {
            Member member = request.members().get(i);
            List<SubscriptionClass> matching = request.classes().stream()
                    .filter(c -> c.contains(member.population()))
                    .toList();
            if (matching.size() == 1) {
                classOf.put(member.collectivityCode(), matching.get(0));
            } else {
                problems.add(Problem.of(
                        "members[" + i + "].population",
                        matching.isEmpty()
                                ? "servicefinance.rules.alternatives.noClass"
                                : "servicefinance.rules.alternatives.twoClasses",
                        member.name(),
                        FrenchDecimals.format(BigDecimal.valueOf(member.population()))));
            }
        }
        return classOf;
    }

    private interface Weight {
        BigDecimal of(Member member);
    }

    /** The total shared by weight, or nothing (with a note) when the weights are all zero. */
    private static Map<String, BigDecimal> share(
            BigDecimal total, List<Member> members, Weight weight, Alternative alternative, List<Text> notes) {
        if (total.signum() > 0 && sum(members, weight).signum() == 0) {
            notes.add(Text.of("servicefinance.rules.alternatives.note.noWeight", alternative.label()));
            return Map.of();
        }
        List<Share<String>> shares = members.stream()
                .map(m -> new Share<>(m.collectivityCode(), weight.of(m)))
                .toList();
        Map<String, BigDecimal> amounts = new HashMap<>();
        for (Allocated<String> part : LargestRemainder.allocate(total, shares)) {
            amounts.put(part.key(), part.amount());
        }
        return amounts;
    }

    private static BigDecimal workstations(Member member) {
        Integer count = member.workstations();
        return count == null ? BigDecimal.ZERO : BigDecimal.valueOf(count);
    }

    private static Text workstationsFormula(BigDecimal total, Member member, List<Member> members) {
        Integer count = member.workstations();
        if (count == null) {
            return Text.of("servicefinance.rules.alternatives.formula.WORKSTATIONS.nc");
        }
        if (members.stream().anyMatch(m -> m.workstations() == null)) {
            return Text.of("servicefinance.rules.alternatives.formula.WORKSTATIONS.others");
        }
        return Text.of(
                "servicefinance.rules.alternatives.formula.WORKSTATIONS",
                FrenchDecimals.euros(total),
                FrenchDecimals.format(BigDecimal.valueOf(count)),
                FrenchDecimals.format(sum(members, AlternativesEngine::workstations)));
    }

    private static BigDecimal sum(List<Member> members, Weight weight) {
        return members.stream().map(weight::of).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A share that could not be made (its keys all zero) says so instead of its formula. */
    private static AlternativeCost cost(
            Alternative alternative, @Nullable BigDecimal amount, BigDecimal reference, Text formula) {
        Text shown = amount == null
                        && !formula.code().endsWith(".nc")
                        && !formula.code().endsWith(".others")
                ? Text.of("servicefinance.rules.alternatives.note.noWeight", alternative.label())
                : formula;
        return new AlternativeCost(alternative, amount, amount == null ? null : amount.subtract(reference), shown);
    }
}
