package org.mutualis.servicefinance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.DeskDashboard;
import org.mutualis.servicedesk.DeskDashboard.CommuneLine;
import org.mutualis.servicedesk.DeskDashboard.MonthLine;
import org.mutualis.servicedesk.DeskDashboards;
import org.mutualis.servicefinance.documents.ActivityReport;
import org.mutualis.servicefinance.documents.ActivityReport.Desk;
import org.mutualis.servicefinance.documents.ActivityReport.ServiceLine;
import org.mutualis.servicefinance.documents.ActivityReport.Totals;
import org.mutualis.servicefinance.domain.costs.Money;
import org.mutualis.servicefinance.domain.sharing.NetBalance;
import org.mutualis.servicefinance.domain.sharing.ServiceTotal;
import org.mutualis.servicefinance.domain.sharing.Statement;
import org.mutualis.servicefinance.domain.sharing.Use;
import org.mutualis.servicefinance.persistence.UnitCostStore;
import org.mutualis.servicefinance.persistence.UnitCostStore.UnitCostRow;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service centre's annual activity report for the council (rapport d’activité): the catalogue's
 * services with their charges and unit cost, the units delivered per collectivité, the desk's SLA
 * compliance, satisfaction and trainings (servicedesk's dashboard, as it computes them), the
 * reimbursements (Σ of the territory's statements, which is each service's unit cost × its units)
 * and each collectivité's savings and net balance (Balances).
 *
 * <p>Who may: the EPCI's administrator, analysts and elected officials — it is a territory-wide
 * document: a correspondent is refused (403), and so is a technician.
 */
@Service
@Transactional(readOnly = true)
public class ActivityReports {

    private final FinanceAccess access;
    private final ServiceCatalogue catalogue;
    private final UnitRecords records;
    private final UnitCosts unitCosts;
    private final UnitCostStore costs;
    private final Statements statements;
    private final Balances balances;
    private final DeskDashboards dashboards;
    private final Territories territories;
    private final Clock clock;

    ActivityReports(
            FinanceAccess access,
            ServiceCatalogue catalogue,
            UnitRecords records,
            UnitCosts unitCosts,
            UnitCostStore costs,
            Statements statements,
            Balances balances,
            DeskDashboards dashboards,
            Territories territories,
            Clock clock) {
        this.access = access;
        this.catalogue = catalogue;
        this.records = records;
        this.unitCosts = unitCosts;
        this.costs = costs;
        this.statements = statements;
        this.balances = balances;
        this.dashboards = dashboards;
        this.territories = territories;
        this.clock = clock;
    }

    /**
     * The territory's report for the year (this year by default).
     *
     * @throws ForbiddenException for a technician or a correspondent
     * @throws org.mutualis.shared.error.NotFoundException when there is no such territory
     * @throws org.mutualis.shared.error.RejectedException (400) for a year out of 1900–2200
     */
    @Transactional
    public ActivityReport of(@Nullable Long territory, @Nullable Integer year, CurrentUser user) {
        access.requireReader(user);
        if (user.isCorrespondent()) {
            throw new ForbiddenException("servicefinance.report.notForCorrespondents");
        }
        TerritorySummary t = access.territory(territory, user);
        int y = unitCosts.year(year);
        DeskDashboard dashboard = dashboards.of(t.id(), y, user);
        return assemble(t, y, dashboard);
    }

    private ActivityReport assemble(TerritorySummary t, int year, DeskDashboard dashboard) {
        List<CollectivityView> members = territories.collectivities(t.id()).stream()
                .sorted(java.util.Comparator.comparing(CollectivityView::code))
                .toList();
        Map<Long, CollectivityView> byId =
                members.stream().collect(Collectors.toMap(CollectivityView::id, Function.identity(), (a, b) -> a));

        // Units delivered, by collectivité and service: the uses the statements are drawn from.
        Map<Long, List<Use>> uses = records.usesOfTerritory(t.id(), year);
        Map<Long, Map<String, BigDecimal>> unitsOf = new HashMap<>();
        Map<String, BigDecimal> unitsOfService = new HashMap<>();
        uses.forEach((id, list) -> {
            Map<String, BigDecimal> units = unitsOf.computeIfAbsent(id, k -> new TreeMap<>());
            for (Use use : list) {
                if (use.date().getYear() == year) {
                    units.merge(use.serviceCode(), use.units(), BigDecimal::add);
                    unitsOfService.merge(use.serviceCode(), use.units(), BigDecimal::add);
                }
            }
        });

        Map<String, UnitCostRow> costOf = new HashMap<>();
        costs.ofYear(t.id(), year).forEach(r -> costOf.put(r.serviceCode(), r));
        List<CatalogueServiceView> services = catalogue.services(t.id());
        Map<String, String> labels = services.stream()
                .collect(Collectors.toMap(CatalogueServiceView::code, CatalogueServiceView::label, (a, b) -> a));
        Set<String> unpricedCodes = new TreeSet<>();
        unitsOfService.keySet().stream().filter(c -> !costOf.containsKey(c)).forEach(unpricedCodes::add);
        boolean drawn = unpricedCodes.isEmpty();

        // Reimbursements: the territory's statements; savings: each collectivité's balance.
        Map<String, Statement> statementOf = new HashMap<>();
        Map<String, NetBalance> balanceOf = new HashMap<>();
        Map<String, BigDecimal> reimbursedOf = new HashMap<>();
        if (drawn) {
            for (Statement s : statements.territory(t.id(), year)) {
                statementOf.put(s.collectivityCode(), s);
                for (ServiceTotal total : s.services()) {
                    reimbursedOf.merge(total.serviceCode(), total.amount(), BigDecimal::add);
                }
            }
            balances.territory(t.id(), year).forEach(b -> balanceOf.put(b.collectivityCode(), b));
        }

        List<ServiceLine> lines = new ArrayList<>();
        for (CatalogueServiceView s : services) {
            UnitCostRow cost = costOf.get(s.code());
            BigDecimal units = unitsOfService.getOrDefault(s.code(), BigDecimal.ZERO);
            if (s.retired() && cost == null && units.signum() == 0) {
                continue;
            }
            BigDecimal expected =
                    cost == null ? null : Money.cents(cost.unitCost().multiply(units));
            BigDecimal reimbursed = drawn ? reimbursedOf.getOrDefault(s.code(), BigDecimal.ZERO) : null;
            lines.add(new ServiceLine(
                    s.code(),
                    s.label(),
                    s.unit(),
                    cost == null ? null : cost.unitCost(),
                    cost == null ? null : cost.totalCharges(),
                    cost == null ? null : cost.forecastUnits(),
                    units,
                    reimbursed == null ? null : Money.cents(reimbursed),
                    expected));
        }

        Map<Long, CommuneLine> deskOf = new HashMap<>();
        dashboard.communes().forEach(c -> deskOf.put(c.collectivityId(), c));
        List<ActivityReport.CommuneLine> communes = new ArrayList<>();
        for (CollectivityView c : members) {
            CommuneLine desk = deskOf.get(c.id());
            Statement statement = statementOf.get(c.code());
            NetBalance balance = balanceOf.get(c.code());
            communes.add(new ActivityReport.CommuneLine(
                    c.id(),
                    c.code(),
                    c.name(),
                    unitsOf.getOrDefault(c.id(), Map.of()),
                    desk == null ? 0 : desk.opened(),
                    desk == null ? 0 : desk.solved(),
                    desk == null ? BigDecimal.ZERO : desk.hoursSpent(),
                    !drawn ? null : statement == null ? Money.cents(BigDecimal.ZERO) : Money.cents(statement.total()),
                    balance == null ? null : Money.cents(balance.knownSavings()),
                    balance == null ? 0 : balance.unknownSavings(),
                    balance == null || balance.net() == null ? null : Money.cents(balance.net())));
        }
        List<String> unpriced = unpricedCodes.stream()
                .map(code -> labels.getOrDefault(code, code))
                .toList();
        return new ActivityReport(
                t.id(),
                t.name(),
                year,
                LocalDate.now(clock),
                drawn,
                unpriced,
                lines,
                communes,
                desk(dashboard),
                dashboard.trainings(),
                totals(drawn, lines, communes, balanceOf));
    }

    private static Desk desk(DeskDashboard d) {
        long opened = d.months().stream().mapToLong(MonthLine::opened).sum();
        long solved = d.months().stream().mapToLong(MonthLine::solved).sum();
        BigDecimal hours = d.communes().stream().map(CommuneLine::hoursSpent).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Desk(opened, solved, hours, d.overall(), d.compliance(), d.satisfaction());
    }

    private static Totals totals(
            boolean drawn,
            List<ServiceLine> lines,
            List<ActivityReport.CommuneLine> communes,
            Map<String, NetBalance> balanceOf) {
        BigDecimal charges = lines.stream()
                .map(ServiceLine::charges)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!drawn) {
            return new Totals(Money.cents(charges), null, null, null, 0, null);
        }
        BigDecimal reimbursed = communes.stream()
                .map(ActivityReport.CommuneLine::reimbursement)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expected = lines.stream()
                .map(ServiceLine::expected)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal savings = communes.stream()
                .map(ActivityReport.CommuneLine::knownSavings)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int unknown = communes.stream()
                .mapToInt(ActivityReport.CommuneLine::unknownSavings)
                .sum();
        boolean netKnown = !balanceOf.isEmpty() && balanceOf.values().stream().allMatch(NetBalance::known);
        BigDecimal net = netKnown
                ? Money.cents(balanceOf.values().stream().map(NetBalance::net).reduce(BigDecimal.ZERO, BigDecimal::add))
                : null;
        return new Totals(
                Money.cents(charges),
                Money.cents(reimbursed),
                Money.cents(expected),
                Money.cents(savings),
                unknown,
                net);
    }
}
