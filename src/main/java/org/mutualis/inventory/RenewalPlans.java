package org.mutualis.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.mutualis.analysis.domain.Strata;
import org.mutualis.census.BandSettings;
import org.mutualis.identity.CurrentUser;
import org.mutualis.inventory.RenewalPlanView.CollectivityYears;
import org.mutualis.inventory.RenewalPlanView.KindYear;
import org.mutualis.inventory.RenewalPlanView.Lifespan;
import org.mutualis.inventory.RenewalPlanView.LifespanSource;
import org.mutualis.inventory.RenewalPlanView.MachineLine;
import org.mutualis.inventory.RenewalPlanView.Totals;
import org.mutualis.inventory.RenewalPlanView.Year;
import org.mutualis.inventory.documents.RenewalOds;
import org.mutualis.inventory.domain.renewal.RenewalMachine;
import org.mutualis.inventory.domain.renewal.RenewalPlanEngine;
import org.mutualis.inventory.domain.renewal.RenewalYear;
import org.mutualis.shared.ListPage;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The renewal plan, year by year (issue 15, item 8): the inventory's machines of the kinds the
 * census prices (desktops, laptops, thin clients, servers; counted devices only), each due the
 * year it reaches its lifespan or earlier when its system's end of support forces it ({@link
 * RenewalPlanEngine}); lifespans and mean costs from the census ({@link CensusPrices}); VAT 20 %;
 * {@value #YEARS} years from next year. Readers as for the devices: the territory's staff and
 * elected officials, a correspondent their own collectivité only, a technician nothing.
 */
@Service
@Transactional(readOnly = true)
public class RenewalPlans {

    /** The plan's length in years. */
    public static final int YEARS = 5;

    /** Machine lines per page. */
    public static final int PAGE_SIZE = 50;

    /** The VAT rate applied to the euros HT. */
    public static final BigDecimal VAT = new BigDecimal("0.20");

    private final InventoryAccess access;
    private final ParkMachines park;
    private final CensusCosts census;
    private final Territories territories;

    RenewalPlans(InventoryAccess access, ParkMachines park, CensusCosts census, Territories territories) {
        this.access = access;
        this.park = park;
        this.census = census;
        this.territories = territories;
    }

    /** The territory this reader looks at (a correspondent: their own). */
    public TerritorySummary territory(@Nullable Long requested, CurrentUser user) {
        return access.territory(requested, user);
    }

    /**
     * One collectivité's plan, its machine lines a page at a time.
     *
     * @throws org.mutualis.shared.error.NotFoundException for an unknown collectivité or another's (a correspondent)
     * @throws org.mutualis.shared.error.ForbiddenException for a technician
     * @throws org.mutualis.shared.error.RejectedException for a page below 1
     */
    public RenewalPlanView ofCollectivity(long collectivityId, int page, CurrentUser user) {
        ListPage.requested(page);
        CollectivityView c = access.readable(collectivityId, user);
        TerritorySummary t = territories
                .find(c.territoryId())
                .orElseThrow(() -> new org.mutualis.shared.error.NotFoundException(
                        "inventory.collectivity.notFound", collectivityId));
        return plan(t, c, List.of(c), page, PAGE_SIZE, user);
    }

    /**
     * The territory's plan: its collectivités with machines (a correspondent: their own only).
     *
     * @throws org.mutualis.shared.error.ForbiddenException for a technician
     */
    public RenewalPlanView ofTerritory(TerritorySummary territory, int page, CurrentUser user) {
        ListPage.requested(page);
        access.requireReader(user);
        List<CollectivityView> visible = territories.collectivities(territory.id()).stream()
                .filter(c -> !user.isCorrespondent() || user.isOwn(c.id()))
                .toList();
        return plan(territory, null, visible, page, PAGE_SIZE, user);
    }

    /** A collectivité's plan as an ODS workbook for its budget. */
    public RenewalOds.Workbook odsOfCollectivity(long collectivityId, CurrentUser user) {
        CollectivityView c = access.readable(collectivityId, user);
        TerritorySummary t = territories
                .find(c.territoryId())
                .orElseThrow(() -> new org.mutualis.shared.error.NotFoundException(
                        "inventory.collectivity.notFound", collectivityId));
        return RenewalOds.write(plan(t, c, List.of(c), 1, Integer.MAX_VALUE, user));
    }

    /** The territory's plan as an ODS workbook, with a sheet per collectivité and year. */
    public RenewalOds.Workbook odsOfTerritory(TerritorySummary territory, CurrentUser user) {
        access.requireReader(user);
        List<CollectivityView> visible = territories.collectivities(territory.id()).stream()
                .filter(c -> !user.isCorrespondent() || user.isOwn(c.id()))
                .toList();
        return RenewalOds.write(plan(territory, null, visible, 1, Integer.MAX_VALUE, user));
    }

    private RenewalPlanView plan(
            TerritorySummary territory,
            @Nullable CollectivityView only,
            List<CollectivityView> collectivities,
            int page,
            int size,
            CurrentUser user) {
        CensusPrices prices = census.prices(territory.id(), user);
        Map<String, BigDecimal> costs = prices.costs();
        LocalDate today = park.today();
        int firstYear = today.getYear() + 1;
        int lastYear = firstYear + YEARS - 1;
        List<Lifespan> lifespans = new ArrayList<>();
        List<CollectivityYears> byCollectivity = new ArrayList<>();
        List<MachineLine> lines = new ArrayList<>();
        Map<Integer, Map<String, Long>> units = new TreeMap<>();
        Map<Integer, Map<String, Long>> forced = new TreeMap<>();
        Map<String, Long> leftOut = new TreeMap<>();
        long considered = 0;
        for (CollectivityView c : collectivities) {
            List<ParkMachines.Machine> machines = park.of(c);
            if (machines.isEmpty() && only == null) {
                continue;
            }
            Lifespan lifespan = lifespan(c, prices);
            lifespans.add(lifespan);
            Map<Long, ParkMachines.Machine> byId = new HashMap<>();
            List<RenewalMachine> planned = new ArrayList<>();
            for (ParkMachines.Machine m : machines) {
                if (!CensusCosts.KINDS.contains(m.kind())) {
                    leftOut.merge(m.kind(), 1L, Long::sum);
                    continue;
                }
                byId.put(m.deviceId(), m);
                planned.add(new RenewalMachine(m.deviceId(), m.kind(), m.acquired(), m.systemEnd()));
            }
            considered += planned.size();
            Map<String, Integer> lifespanByKind = new HashMap<>();
            CensusCosts.KINDS.forEach(k -> lifespanByKind.put(k, lifespan.years()));
            RenewalPlanEngine.Plan plan = RenewalPlanEngine.plan(planned, lifespanByKind, costs, VAT, firstYear, YEARS);
            List<Year> years = new ArrayList<>();
            for (RenewalYear y : plan.years()) {
                years.add(year(y.year(), y.units(), y.forced(), costs));
                y.units()
                        .forEach((k, n) -> units.computeIfAbsent(y.year(), x -> new TreeMap<>())
                                .merge(k, n, Long::sum));
                y.forced()
                        .forEach((k, n) -> forced.computeIfAbsent(y.year(), x -> new TreeMap<>())
                                .merge(k, n, Long::sum));
            }
            byCollectivity.add(new CollectivityYears(c.id(), c.code(), c.name(), years));
            for (RenewalPlanEngine.Due due : plan.machines()) {
                ParkMachines.Machine m = byId.get(due.deviceId());
                lines.add(new MachineLine(
                        m.deviceId(),
                        c.id(),
                        c.name(),
                        m.name(),
                        m.kind(),
                        m.acquired(),
                        m.acquiredFrom() == null ? null : m.acquiredFrom().name(),
                        lifespan.years(),
                        m.acquired() == null ? null : m.acquired().getYear() + lifespan.years(),
                        m.system(),
                        m.systemEnd(),
                        due.year(),
                        due.cause(),
                        overdue(due, m, lifespan.years(), firstYear),
                        costs.get(m.kind())));
            }
        }
        List<Year> years = new ArrayList<>();
        for (int y = firstYear; y <= lastYear; y++) {
            years.add(year(y, units.getOrDefault(y, Map.of()), forced.getOrDefault(y, Map.of()), costs));
        }
        lines.sort(Comparator.comparingInt(MachineLine::year)
                .thenComparing(MachineLine::collectivityName)
                .thenComparing(MachineLine::name)
                .thenComparingLong(MachineLine::deviceId));
        return new RenewalPlanView(
                territory,
                only,
                today,
                firstYear,
                lastYear,
                VAT,
                prices,
                lifespans,
                years,
                totals(years),
                only == null ? byCollectivity : List.of(),
                ListPage.of(lines, page, size),
                considered,
                considered - lines.size(),
                leftOut);
    }

    /** Whether the year the machine was due (its lifespan, its system's end) came before the plan's first. */
    static boolean overdue(RenewalPlanEngine.Due due, ParkMachines.Machine m, int lifespan, int firstYear) {
        return switch (due.cause()) {
            case AGE -> m.acquired() != null && m.acquired().getYear() + lifespan < firstYear;
            case END_OF_SUPPORT -> m.systemEnd() != null && m.systemEnd().getYear() < firstYear;
            case UNKNOWN_AGE -> false;
        };
    }

    /** The lifespan a collectivité's machines take: the campaign's mean, else its band's default. */
    static Lifespan lifespan(CollectivityView c, CensusPrices prices) {
        if (prices.lifespanMean() != null && prices.lifespanMean().signum() > 0) {
            return new Lifespan(
                    c.id(),
                    c.name(),
                    whole(prices.lifespanMean()),
                    prices.lifespanMean(),
                    LifespanSource.CAMPAIGN_MEAN);
        }
        BandSettings bands = prices.bands() == null ? BandSettings.study2012() : prices.bands();
        List<Integer> thresholds = bands.thresholds();
        int slot = Strata.slot(c.kind(), Strata.band(c.population(), thresholds), thresholds);
        BigDecimal exact = slot < bands.defaultLifespans().size()
                ? bands.defaultLifespans().get(slot)
                : bands.otherDefaultLifespan();
        return new Lifespan(
                c.id(),
                c.name(),
                whole(exact),
                exact,
                prices.bands() == null ? LifespanSource.STUDY_DEFAULT : LifespanSource.BAND_DEFAULT);
    }

    private static int whole(BigDecimal years) {
        return Math.max(1, years.setScale(0, RoundingMode.HALF_UP).intValueExact());
    }

    static Year year(int year, Map<String, Long> units, Map<String, Long> forced, Map<String, BigDecimal> costs) {
        List<KindYear> kinds = new ArrayList<>();
        long total = 0, forcedUnits = 0, unpriced = 0;
        BigDecimal ht = BigDecimal.ZERO;
        BigDecimal forcedHt = BigDecimal.ZERO;
        for (String kind : CensusCosts.KINDS) {
            long n = units.getOrDefault(kind, 0L);
            long f = forced.getOrDefault(kind, 0L);
            if (n == 0) {
                continue;
            }
            BigDecimal cost = costs.get(kind);
            BigDecimal kindHt = cost == null ? null : money(cost.multiply(BigDecimal.valueOf(n)));
            BigDecimal kindForced = cost == null ? null : money(cost.multiply(BigDecimal.valueOf(f)));
            kinds.add(new KindYear(kind, n, f, cost, kindHt, kindHt == null ? null : ttc(kindHt), kindForced));
            total += n;
            forcedUnits += f;
            if (kindHt == null) {
                unpriced += n;
            } else {
                ht = ht.add(kindHt);
                forcedHt = forcedHt.add(kindForced);
            }
        }
        ht = money(ht);
        return new Year(year, kinds, total, ht, ttc(ht), forcedUnits, money(forcedHt), unpriced);
    }

    private static Totals totals(List<Year> years) {
        long units = 0, forced = 0, unpriced = 0;
        BigDecimal ht = BigDecimal.ZERO, ttc = BigDecimal.ZERO, forcedHt = BigDecimal.ZERO;
        for (Year y : years) {
            units += y.units();
            forced += y.forced();
            unpriced += y.unpriced();
            ht = ht.add(y.costHt());
            ttc = ttc.add(y.costTtc());
            forcedHt = forcedHt.add(y.forcedHt());
        }
        return new Totals(units, money(ht), money(ttc), forced, money(forcedHt), unpriced);
    }

    static BigDecimal ttc(BigDecimal ht) {
        return money(ht.multiply(BigDecimal.ONE.add(VAT)));
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
