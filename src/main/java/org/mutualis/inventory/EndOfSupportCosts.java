package org.mutualis.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.inventory.domain.lifecycle.SupportStatus;
import org.mutualis.inventory.domain.renewal.ExposurePricing;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * End-of-support exposure in euros (issue 15, item 7): per collectivité and territory, the
 * machines whose system is past its end of support or ends within 12 months, and the euros HT to
 * replace them at the census's mean costs ({@link CensusPrices}); a kind without a mean cost stays
 * unpriced, never zero. Readers as for the devices: the territory's staff and elected officials,
 * a correspondent their own collectivité only, a technician nothing.
 */
@Service
@Transactional(readOnly = true)
public class EndOfSupportCosts {

    private final InventoryAccess access;
    private final ParkMachines park;
    private final CensusCosts census;
    private final Territories territories;

    EndOfSupportCosts(InventoryAccess access, ParkMachines park, CensusCosts census, Territories territories) {
        this.access = access;
        this.park = park;
        this.census = census;
        this.territories = territories;
    }

    /**
     * One collectivité's exposure.
     *
     * @throws org.mutualis.shared.error.NotFoundException for an unknown collectivité or another's (a correspondent)
     * @throws org.mutualis.shared.error.ForbiddenException for a technician
     */
    public CollectivityExposure ofCollectivity(long collectivityId, CurrentUser user) {
        CollectivityView c = access.readable(collectivityId, user);
        CensusPrices prices = census.prices(c.territoryId(), user);
        return new CollectivityExposure(c, costs(park.of(c), prices.costs(), park.today()), prices);
    }

    /** The territory this reader looks at (a correspondent: their own). */
    public TerritorySummary territory(@Nullable Long requested, CurrentUser user) {
        return access.territory(requested, user);
    }

    /**
     * The territory's exposure: its collectivités with machines (a correspondent: their own only).
     *
     * @throws org.mutualis.shared.error.ForbiddenException for a technician
     */
    public TerritoryExposure ofTerritory(TerritorySummary territory, CurrentUser user) {
        access.requireReader(user);
        CensusPrices prices = census.prices(territory.id(), user);
        List<ParkMachines.Machine> everything = new ArrayList<>();
        List<TerritoryExposure.Row> rows = new ArrayList<>();
        LocalDate today = park.today();
        for (CollectivityView c : territories.collectivities(territory.id())) {
            if (user.isCorrespondent() && !user.isOwn(c.id())) {
                continue;
            }
            List<ParkMachines.Machine> machines = park.of(c);
            if (machines.isEmpty()) {
                continue;
            }
            everything.addAll(machines);
            rows.add(new TerritoryExposure.Row(c.id(), c.code(), c.name(), costs(machines, prices.costs(), today)));
        }
        return new TerritoryExposure(territory, prices, rows, costs(everything, prices.costs(), today));
    }

    static ExposureCosts costs(List<ParkMachines.Machine> machines, Map<String, BigDecimal> costs, LocalDate on) {
        Map<String, Long> past = new TreeMap<>();
        Map<String, Long> ending = new TreeMap<>();
        long systemPast = 0, systemEnding = 0, officePast = 0, officeEnding = 0, unknown = 0;
        for (ParkMachines.Machine m : machines) {
            if (m.systemStatus() == SupportStatus.PAST) {
                systemPast++;
                past.merge(m.kind(), 1L, Long::sum);
            } else if (m.systemStatus() == SupportStatus.ENDING) {
                systemEnding++;
                ending.merge(m.kind(), 1L, Long::sum);
            } else if (m.systemStatus() == SupportStatus.UNKNOWN) {
                unknown++;
            }
            officePast += m.officeStatus() == SupportStatus.PAST ? 1 : 0;
            officeEnding += m.officeStatus() == SupportStatus.ENDING ? 1 : 0;
        }
        return new ExposureCosts(
                on,
                machines.size(),
                systemPast,
                systemEnding,
                officePast,
                officeEnding,
                unknown,
                ExposurePricing.price(past, costs),
                ExposurePricing.price(ending, costs));
    }
}
