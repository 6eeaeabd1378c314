package org.mutualis.inventory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.inventory.domain.lifecycle.LifecycleTable;
import org.mutualis.inventory.domain.lifecycle.LifecycleVerdict;
import org.mutualis.inventory.domain.lifecycle.SupportStatus;
import org.mutualis.inventory.domain.rules.Classification;
import org.mutualis.inventory.domain.rules.ClassificationEngine;
import org.mutualis.inventory.domain.rules.OsFinding;
import org.mutualis.inventory.persistence.CurrentFactsStore;
import org.mutualis.inventory.persistence.DeviceStore;
import org.mutualis.inventory.persistence.DeviceStore.DeviceRow;
import org.mutualis.inventory.persistence.DeviceStore.Settings;
import org.mutualis.territory.CollectivityView;
import org.springframework.stereotype.Component;

/**
 * A collectivité's counted machines (those not left out for their age) as the exposure and the
 * renewal plan read them: the kind the census prices, the acquisition date and where it comes from,
 * the system with its end of support, and the office suites' status. No access check: the services
 * calling it check the reader first.
 */
@Component
class ParkMachines {

    /** Where a machine's acquisition date comes from. */
    enum AcquiredFrom {
        PURCHASE,
        BIOS
    }

    /**
     * One counted machine.
     *
     * @param kind {@code desktop}, {@code laptop}, {@code thin_client}, {@code server}, {@code tablet},
     *     {@code other} (an unknown type included) or {@code virtual} (whatever its chassis says)
     * @param system the system's product and version as the rules read them (« windows 10 22H2 »)
     * @param systemEnd the system's end of support in the lifecycle table, if it has one
     */
    record Machine(
            long deviceId,
            long collectivityId,
            String name,
            String kind,
            @Nullable LocalDate acquired,
            @Nullable AcquiredFrom acquiredFrom,
            @Nullable String system,
            SupportStatus systemStatus,
            @Nullable LocalDate systemEnd,
            SupportStatus officeStatus) {}

    private final DeviceStore store;
    private final CurrentFactsStore currentFacts;
    private final InventoryRules rules;
    private final Lifecycles lifecycles;
    private final Clock clock;

    ParkMachines(
            DeviceStore store,
            CurrentFactsStore currentFacts,
            InventoryRules rules,
            Lifecycles lifecycles,
            Clock clock) {
        this.store = store;
        this.currentFacts = currentFacts;
        this.rules = rules;
        this.lifecycles = lifecycles;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    List<Machine> of(CollectivityView c) {
        Settings settings = store.settings(c.territoryId());
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        Map<Long, DeviceRow> rows = new HashMap<>();
        store.ofCollectivity(c.id()).forEach(d -> rows.put(d.id(), d));
        LifecycleTable table = lifecycles.table();
        ClassificationEngine engine = rules.engine();
        List<Machine> machines = new ArrayList<>();
        for (var current : currentFacts.ofCollectivity(c.id())) {
            DeviceRow d = rows.get(current.deviceId());
            if (d == null || Devices.freshness(d.lastSeen(), settings, now) == Freshness.EXCLUDED) {
                continue;
            }
            InventoryReport facts = current.facts();
            Classification cl = engine.classify(facts);
            OsFinding os = cl.os();
            LifecycleVerdict system = table.status(os.product(), os.version(), os.edition(), today);
            List<SupportStatus> office = cl.office().stream()
                    .map(o ->
                            table.status(o.product(), o.version(), null, today).status())
                    .toList();
            SupportStatus officeStatus = office.contains(SupportStatus.PAST)
                    ? SupportStatus.PAST
                    : office.contains(SupportStatus.ENDING) ? SupportStatus.ENDING : SupportStatus.SUPPORTED;
            LocalDate acquired = facts.purchaseDate() != null ? facts.purchaseDate() : facts.biosDate();
            AcquiredFrom from = facts.purchaseDate() != null
                    ? AcquiredFrom.PURCHASE
                    : facts.biosDate() != null ? AcquiredFrom.BIOS : null;
            // A date in the future is a slip of the agent or the export: the age is unknown.
            if (acquired != null && acquired.isAfter(today)) {
                acquired = null;
                from = null;
            }
            String systemLabel =
                    os.product() == null ? null : os.product() + (os.version() == null ? "" : " " + os.version());
            machines.add(new Machine(
                    d.id(),
                    c.id(),
                    d.name() != null ? d.name() : d.agentKey(),
                    kind(cl),
                    acquired,
                    from,
                    systemLabel,
                    system.status(),
                    system.entry() == null ? null : system.entry().endOfSupport(),
                    officeStatus));
        }
        machines.sort(java.util.Comparator.comparing(Machine::name).thenComparing(Machine::deviceId));
        return machines;
    }

    static String kind(Classification c) {
        if (c.virtual()) {
            return "virtual";
        }
        return switch (c.device().type()) {
            case DESKTOP -> "desktop";
            case LAPTOP -> "laptop";
            case THIN_CLIENT -> "thin_client";
            case SERVER -> "server";
            case TABLET -> "tablet";
            default -> "other";
        };
    }
}
