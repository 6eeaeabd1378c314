package org.mutualis.servicefinance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.domain.UnitOfOperation;
import org.mutualis.servicefinance.domain.costs.ServiceUnitCost;
import org.mutualis.servicefinance.domain.sharing.Alternative;
import org.mutualis.servicefinance.domain.sharing.AlternativeCost;
import org.mutualis.servicefinance.domain.sharing.AlternativeTotal;
import org.mutualis.servicefinance.domain.sharing.AlternativesComparison;
import org.mutualis.servicefinance.domain.sharing.AlternativesEngine;
import org.mutualis.servicefinance.domain.sharing.AlternativesRequest;
import org.mutualis.servicefinance.domain.sharing.Member;
import org.mutualis.servicefinance.domain.sharing.MemberAlternatives;
import org.mutualis.servicefinance.domain.sharing.RecordedUnits;
import org.mutualis.servicefinance.domain.sharing.Reimbursements;
import org.mutualis.servicefinance.domain.sharing.ServiceTotal;
import org.mutualis.servicefinance.domain.sharing.Statement;
import org.mutualis.servicefinance.domain.sharing.SubscriptionClass;
import org.mutualis.servicefinance.domain.sharing.TerritoryReimbursements;
import org.mutualis.shared.CollectivityKind;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.FrenchDecimals;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ways of financing the service compared for one year (issue 14, item 6): each collectivité's
 * cost under D5211-16 units (its reimbursements, exactly as the annual statements bill them), under
 * the flat subscription of its size class ({@link SubscriptionClasses}), and under a sharing of the
 * same total by population (the territory's) or by workstations (the latest census, as the unit
 * « poste de travail couvert » reads it; for a beneficiary the census does not count, the forecast of
 * workstations covered its convention holds, said so) — {@link AlternativesEngine},
 * docs/servicefinance-rules.md.
 *
 * <p>Compared: the collectivités with a convention in force during the year or units recorded (the
 * service's beneficiaries), or on request every commune of the territory. What cannot be known is
 * said, never guessed: no size class set (or a commune in none), a population or a workstation
 * count not known make that alternative unknown, with a notice; a service used without a unit cost
 * for the year stops the comparison, naming the service.
 *
 * <p>Who may: the EPCI's administrator, analysts and elected officials; a correspondent (who reads
 * their own collectivité's statement) and a technician get 403.
 */
@Service
@Transactional(readOnly = true)
public class Alternatives {

    private final Statements statements;
    private final UnitCosts unitCosts;
    private final UnitRecords records;
    private final Conventions conventions;
    private final SubscriptionClasses subscriptionClasses;
    private final Territories territories;
    private final FinanceAccess access;

    Alternatives(
            Statements statements,
            UnitCosts unitCosts,
            UnitRecords records,
            Conventions conventions,
            SubscriptionClasses subscriptionClasses,
            Territories territories,
            FinanceAccess access) {
        this.statements = statements;
        this.unitCosts = unitCosts;
        this.records = records;
        this.conventions = conventions;
        this.subscriptionClasses = subscriptionClasses;
        this.territories = territories;
        this.access = access;
    }

    /**
     * The alternatives compared for the territory and year (this year by default).
     *
     * @param totalCost the cost to share by population and by workstations; null: the total of the
     *     D5211-16 reimbursements
     * @param everyone every commune of the territory, not only the service's beneficiaries
     * @throws ForbiddenException for a correspondent or a technician
     * @throws NotFoundException when there is no such territory
     * @throws RejectedException (400) for a year out of 1900–2200 or a negative total cost
     */
    // Outside any transaction: the statements' refusal (a service without unit cost) is caught and
    // shown, which a transaction it crossed would have marked for rollback.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public AlternativesView compare(
            @Nullable Long territory,
            @Nullable Integer year,
            @Nullable BigDecimal totalCost,
            boolean everyone,
            CurrentUser user) {
        access.requireTerritoryWide(user);
        TerritorySummary t = access.territory(territory, user);
        int y = unitCosts.year(year);
        if (totalCost != null && totalCost.signum() < 0) {
            throw new RejectedException(
                    List.of(Problem.of("total", "servicefinance.alternatives.total.negative")),
                    "servicefinance.alternatives.refused",
                    String.valueOf(y));
        }
        return compare(t, y, totalCost, everyone);
    }

    private AlternativesView compare(TerritorySummary t, int year, @Nullable BigDecimal totalCost, boolean everyone) {
        List<Statement> drawn;
        try {
            drawn = statements.territory(t.id(), year);
        } catch (RejectedException e) {
            List<Text> blockers = e.problems().stream()
                    .map(p -> Text.of(p.code(), p.args().toArray()))
                    .toList();
            return new AlternativesView(
                    t.id(), t.name(), year, totalCost, everyone, null, blockers, List.of(), List.of(), 0);
        }
        Set<String> beneficiaries = new HashSet<>();
        drawn.forEach(s -> beneficiaries.add(s.collectivityCode()));
        Map<Long, BigDecimal> forecastPosts = new HashMap<>();
        for (ConventionView c : conventions.inYear(t.id(), year)) {
            beneficiaries.add(c.collectivityCode());
            for (SubscriptionView s : c.subscriptions()) {
                if (s.unit() == UnitOfOperation.WORKSTATION) {
                    forecastPosts.merge(c.collectivityId(), s.forecastUnits(), BigDecimal::max);
                }
            }
        }
        Map<Long, WorkstationCount> workstations = records.workstationsOfTerritory(t.id(), year);

        List<Member> members = new ArrayList<>();
        List<AlternativesView.MemberFacts> facts = new ArrayList<>();
        List<String> populationUnknown = new ArrayList<>();
        List<String> forecastNames = new ArrayList<>();
        Set<String> populationUnknownCodes = new HashSet<>();
        for (CollectivityView c : territories.collectivities(t.id())) {
            boolean compared =
                    beneficiaries.contains(c.code()) || everyone && !c.merged() && c.kind() == CollectivityKind.COMMUNE;
            if (!compared) {
                continue;
            }
            WorkstationCount count = workstations.get(c.id());
            BigDecimal forecast = forecastPosts.get(c.id());
            if ((count == null || count.count() == null) && forecast != null) {
                // No census count: the convention's forecast of workstations covered, said so.
                count = new WorkstationCount(
                        forecast,
                        Text.of(
                                "servicefinance.alternatives.workstations.forecast",
                                FrenchDecimals.format(forecast),
                                count == null
                                        ? Text.of("servicefinance.units.gap.noCensus", String.valueOf(year))
                                        : count.source()));
                forecastNames.add(c.name());
            }
            Integer posts = count == null ? null : posts(count.count());
            Integer population = c.population();
            if (population == null) {
                populationUnknown.add(c.name());
                populationUnknownCodes.add(c.code());
            }
            members.add(new Member(c.code(), c.name(), population == null ? 0 : population, posts));
            facts.add(new AlternativesView.MemberFacts(
                    c.code(),
                    c.name(),
                    population,
                    posts,
                    count == null
                            ? Text.of("servicefinance.units.gap.noCensus", String.valueOf(year))
                            : count.source()));
        }
        facts.sort(java.util.Comparator.comparing(AlternativesView.MemberFacts::collectivityCode));

        List<Text> notices = new ArrayList<>();
        if (drawn.isEmpty()) {
            notices.add(Text.of("servicefinance.alternatives.note.noUnits", String.valueOf(year)));
        }
        List<SubscriptionClass> classes = subscriptionClasses.classes(t.id(), year);
        AlternativesComparison comparison = AlternativesEngine.compare(new AlternativesRequest(
                year, members, reimbursements(t.id(), year, drawn), totalCost, withFillers(classes)));

        if (classes.isEmpty()) {
            notices.add(Text.of("servicefinance.alternatives.note.noClasses", String.valueOf(year)));
            comparison = unknown(
                    comparison,
                    Alternative.SUBSCRIPTION,
                    code -> true,
                    Text.of("servicefinance.alternatives.formula.noClasses"));
        } else {
            List<String> outside = new ArrayList<>();
            Set<String> outsideCodes = new HashSet<>();
            for (Member m : members) {
                if (!populationUnknownCodes.contains(m.collectivityCode())
                        && classes.stream().noneMatch(c -> c.contains(m.population()))) {
                    outside.add(m.name());
                    outsideCodes.add(m.collectivityCode());
                }
            }
            if (!outside.isEmpty()) {
                notices.add(Text.of("servicefinance.alternatives.note.outsideClasses", String.join(", ", outside)));
                comparison = unknown(
                        comparison,
                        Alternative.SUBSCRIPTION,
                        outsideCodes::contains,
                        Text.of("servicefinance.alternatives.formula.outsideClasses"));
            }
        }
        if (!forecastNames.isEmpty()) {
            notices.add(
                    Text.of("servicefinance.alternatives.note.workstationsForecast", String.join(", ", forecastNames)));
        }
        if (!populationUnknown.isEmpty()) {
            notices.add(Text.of(
                    "servicefinance.alternatives.note.populationUnknown", String.join(", ", populationUnknown)));
            comparison = unknown(
                    comparison,
                    Alternative.SUBSCRIPTION,
                    populationUnknownCodes::contains,
                    Text.of("servicefinance.alternatives.formula.populationUnknown"));
            comparison = unknown(
                    comparison,
                    Alternative.POPULATION,
                    code -> true,
                    Text.of("servicefinance.alternatives.formula.populationUnknown.others"));
        }
        return new AlternativesView(
                t.id(), t.name(), year, totalCost, everyone, comparison, List.of(), notices, facts, classes.size());
    }

    /** A count as whole workstations; one no count could be (negative, beyond an int) is not known. */
    private static @Nullable Integer posts(@Nullable BigDecimal count) {
        if (count == null || count.signum() < 0 || count.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return null;
        }
        return count.setScale(0, RoundingMode.HALF_UP).intValue();
    }

    /**
     * The year's D5211-16 reimbursements, service by service, from the units the territory's
     * statements priced — the same amounts as the statements' service totals (both are
     * {@link TerritoryReimbursements}).
     */
    private List<Reimbursements> reimbursements(long territoryId, int year, List<Statement> drawn) {
        Map<String, ServiceUnitCost> rates = new HashMap<>();
        for (ServiceUnitCost rate : unitCosts.rates(territoryId, year)) {
            rates.put(rate.serviceCode() + "/" + rate.year(), rate);
        }
        Map<String, List<RecordedUnits>> units = new TreeMap<>();
        for (Statement s : drawn) {
            for (ServiceTotal total : s.services()) {
                units.computeIfAbsent(total.serviceCode() + "/" + total.year(), k -> new ArrayList<>())
                        .add(new RecordedUnits(s.collectivityCode(), total.units()));
            }
        }
        List<Reimbursements> all = new ArrayList<>();
        units.forEach((key, recorded) -> all.add(TerritoryReimbursements.of(rates.get(key), recorded)));
        return all;
    }

    /**
     * The classes set, and around them (fee 0) the populations they leave out, so that the engine
     * places every member; a member in a filler is then said to be in no class.
     */
    private static List<SubscriptionClass> withFillers(List<SubscriptionClass> classes) {
        if (classes.isEmpty()) {
            return List.of(new SubscriptionClass("none", "—", 0, null, BigDecimal.ZERO));
        }
        List<SubscriptionClass> all = new ArrayList<>(classes);
        int first = classes.get(0).minPopulation();
        if (first > 0) {
            all.add(0, new SubscriptionClass("below", "—", 0, first - 1, BigDecimal.ZERO));
        }
        Integer last = classes.get(classes.size() - 1).maxPopulation();
        if (last != null && last < Integer.MAX_VALUE) {
            all.add(new SubscriptionClass("above", "—", last + 1, null, BigDecimal.ZERO));
        }
        return all;
    }

    /** The alternative made unknown for the members chosen (and so over the territory), saying why. */
    private static AlternativesComparison unknown(
            AlternativesComparison comparison, Alternative alternative, Predicate<String> which, Text why) {
        List<MemberAlternatives> members = new ArrayList<>();
        boolean any = false;
        for (MemberAlternatives m : comparison.members()) {
            if (!which.test(m.collectivityCode())) {
                members.add(m);
                continue;
            }
            any = true;
            List<AlternativeCost> costs = new ArrayList<>(m.costs());
            costs.set(alternative.ordinal(), new AlternativeCost(alternative, null, null, why));
            members.add(new MemberAlternatives(m.collectivityCode(), m.name(), costs));
        }
        if (!any) {
            return comparison;
        }
        List<AlternativeTotal> totals = new ArrayList<>(comparison.totals());
        totals.set(alternative.ordinal(), new AlternativeTotal(alternative, null, alternative.method()));
        return new AlternativesComparison(
                comparison.year(), comparison.totalCost(), members, totals, comparison.notes());
    }
}
