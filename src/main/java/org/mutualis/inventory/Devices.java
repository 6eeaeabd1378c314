package org.mutualis.inventory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.inventory.domain.DeviceChange;
import org.mutualis.inventory.domain.DeviceChanges;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.inventory.domain.InventorySource;
import org.mutualis.inventory.domain.lifecycle.LifecycleTable;
import org.mutualis.inventory.domain.lifecycle.LifecycleVerdict;
import org.mutualis.inventory.domain.lifecycle.SupportStatus;
import org.mutualis.inventory.domain.rules.Classification;
import org.mutualis.inventory.domain.rules.OsFinding;
import org.mutualis.inventory.persistence.CurrentFactsStore;
import org.mutualis.inventory.persistence.DeviceStore;
import org.mutualis.inventory.persistence.DeviceStore.DeviceRow;
import org.mutualis.inventory.persistence.DeviceStore.Settings;
import org.mutualis.inventory.persistence.DeviceStore.StateRow;
import org.mutualis.inventory.persistence.EnrolmentStore;
import org.mutualis.shared.ListPage;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The devices the agents and imports reported: the territory's overview by collectivité, one
 * collectivité's devices (paged, searched), one device with its history; and the territory's stale
 * and exclusion delays.
 */
@Service
@Transactional(readOnly = true)
public class Devices {

    static final int PAGE_SIZE = 50;

    private final DeviceStore store;
    private final EnrolmentStore enrolments;
    private final Enrolments enrolmentViews;
    private final InventoryAccess access;
    private final Territories territories;
    private final Clock clock;
    private final InventoryRules rules;
    private final Lifecycles lifecycles;
    private final CurrentFactsStore currentFacts;

    Devices(
            DeviceStore store,
            EnrolmentStore enrolments,
            Enrolments enrolmentViews,
            InventoryAccess access,
            Territories territories,
            Clock clock,
            InventoryRules rules,
            Lifecycles lifecycles,
            CurrentFactsStore currentFacts) {
        this.currentFacts = currentFacts;
        this.rules = rules;
        this.lifecycles = lifecycles;
        this.store = store;
        this.enrolments = enrolments;
        this.enrolmentViews = enrolmentViews;
        this.access = access;
        this.territories = territories;
        this.clock = clock;
    }

    /** The territory this reader looks at (a correspondent: their own). */
    public TerritorySummary territory(@Nullable Long requested, CurrentUser user) {
        return access.territory(requested, user);
    }

    /** Each collectivité of the territory with its devices by freshness (a correspondent: their own only). */
    public List<TerritoryInventoryRow> overview(TerritorySummary territory, CurrentUser user) {
        access.requireReader(user);
        Settings settings = store.settings(territory.id());
        LocalDateTime now = LocalDateTime.now(clock);
        Map<Long, long[]> counts = new HashMap<>();
        Map<Long, LocalDateTime> lastSeen = new HashMap<>();
        for (DeviceRow d : store.ofTerritory(territory.id())) {
            long[] c = counts.computeIfAbsent(d.collectivityId(), k -> new long[3]);
            c[freshness(d.lastSeen(), settings, now).ordinal()]++;
            lastSeen.merge(d.collectivityId(), d.lastSeen(), (a, b) -> a.isAfter(b) ? a : b);
        }
        Map<Long, Long> agents = new HashMap<>();
        enrolments.ofTerritory(territory.id()).stream()
                .filter(e -> e.revokedAt() == null)
                .forEach(e -> agents.merge(e.collectivityId(), 1L, Long::sum));
        List<TerritoryInventoryRow> rows = new ArrayList<>();
        for (CollectivityView c : territories.collectivities(territory.id())) {
            if (user.isCorrespondent() && !user.isOwn(c.id())) {
                continue;
            }
            long[] n = counts.getOrDefault(c.id(), new long[3]);
            rows.add(new TerritoryInventoryRow(
                    c.id(),
                    c.code(),
                    c.name(),
                    n[0],
                    n[1],
                    n[2],
                    agents.getOrDefault(c.id(), 0L),
                    lastSeen.get(c.id())));
        }
        rows.sort(Comparator.comparing((TerritoryInventoryRow r) -> r.counted() + r.excluded() == 0)
                .thenComparing(TerritoryInventoryRow::name));
        return rows;
    }

    public CollectivityDevices ofCollectivity(long collectivityId, @Nullable String query, int page, CurrentUser user) {
        CollectivityView c = access.readable(collectivityId, user);
        String q = query == null ? "" : query.strip();
        if (q.length() > 100) {
            q = q.substring(0, 100);
        }
        int requested = ListPage.requested(page);
        long total = store.count(c.id(), q);
        int number = ListPage.number(requested, PAGE_SIZE, total);
        Settings settings = store.settings(c.territoryId());
        LocalDateTime now = LocalDateTime.now(clock);
        List<DeviceSummary> items = store.page(c.id(), q, ListPage.offset(number, PAGE_SIZE), PAGE_SIZE).stream()
                .map(d -> summary(d, settings, now))
                .toList();
        return new CollectivityDevices(
                c,
                q,
                new ListPage<>(items, number, PAGE_SIZE, total),
                exposure(c.id(), settings, now),
                settingsView(settings),
                enrolmentViews.ofCollectivity(c.id(), user),
                imports(c.id()));
    }

    public DeviceView get(long deviceId, CurrentUser user) {
        DeviceRow d =
                store.find(deviceId).orElseThrow(() -> new NotFoundException("inventory.device.notFound", deviceId));
        CollectivityView c;
        try {
            c = access.readable(d.collectivityId(), user);
        } catch (NotFoundException e) {
            throw new NotFoundException("inventory.device.notFound", deviceId);
        }
        Settings settings = store.settings(d.territoryId());
        List<StateRow> states = store.states(d.id());
        List<DeviceHistoryEntry> history = new ArrayList<>();
        InventoryReport previous = null;
        InventoryReport current = null;
        for (StateRow s : states) {
            current = store.stateFacts(s.id());
            List<DeviceChange> changes = previous == null ? List.of() : DeviceChanges.between(previous, current);
            history.add(new DeviceHistoryEntry(s.receivedAt(), s.origin(), s.importId(), previous == null, changes));
            previous = current;
        }
        if (current == null) {
            throw new NotFoundException("inventory.device.notFound", deviceId);
        }
        java.util.Collections.reverse(history);
        LocalDateTime now = LocalDateTime.now(clock);
        Classification classification = rules.classify(current);
        LifecycleTable table = lifecycles.table();
        OsFinding os = classification.os();
        LifecycleVerdict system = table.status(os.product(), os.version(), os.edition(), now.toLocalDate());
        List<LifecycleVerdict> office = classification.office().stream()
                .map(o -> table.status(o.product(), o.version(), null, now.toLocalDate()))
                .toList();
        return new DeviceView(summary(d, settings, now), c.name(), current, classification, system, office, history);
    }

    /** @throws org.mutualis.shared.error.ForbiddenException for anyone but the administrator */
    public void requireAdministrator(CurrentUser user) {
        access.requireAdministrator(user);
    }

    public InventorySettingsView settings(TerritorySummary territory, CurrentUser user) {
        access.requireReader(user);
        return settingsView(store.settings(territory.id()));
    }

    @Transactional
    public InventorySettingsView saveSettings(
            TerritorySummary territory, InventorySettingsForm form, CurrentUser user) {
        access.requireAdministrator(user);
        int stale = form.staleDays() == null ? 0 : form.staleDays();
        int excluded = form.excludedDays() == null ? 0 : form.excludedDays();
        if (excluded < stale) {
            throw new RejectedException(
                    List.of(Problem.of("excludedDays", "inventory.settings.excludedBeforeStale", stale)),
                    "inventory.settings.invalid");
        }
        int version = form.version() == null ? -1 : form.version();
        if (!store.saveSettings(territory.id(), stale, excluded, version)) {
            throw new ConflictException("inventory.settings.stale");
        }
        return settingsView(store.settings(territory.id()));
    }

    /** The collectivité's counted devices against the end-of-support table, today. */
    private SupportExposure exposure(long collectivityId, Settings settings, LocalDateTime now) {
        Map<Long, DeviceRow> rows = new HashMap<>();
        store.ofCollectivity(collectivityId).forEach(d -> rows.put(d.id(), d));
        LifecycleTable table = lifecycles.table();
        var engine = rules.engine();
        LocalDate today = now.toLocalDate();
        long devices = 0, systemPast = 0, systemEnding = 0, officePast = 0, officeEnding = 0, unknown = 0;
        for (var current : currentFacts.ofCollectivity(collectivityId)) {
            DeviceRow d = rows.get(current.deviceId());
            if (d == null || freshness(d.lastSeen(), settings, now) == Freshness.EXCLUDED) {
                continue;
            }
            devices++;
            Classification c = engine.classify(current.facts());
            OsFinding os = c.os();
            SupportStatus system = table.status(os.product(), os.version(), os.edition(), today)
                    .status();
            systemPast += system == SupportStatus.PAST ? 1 : 0;
            systemEnding += system == SupportStatus.ENDING ? 1 : 0;
            unknown += system == SupportStatus.UNKNOWN ? 1 : 0;
            var office = c.office().stream()
                    .map(o ->
                            table.status(o.product(), o.version(), null, today).status())
                    .toList();
            officePast += office.contains(SupportStatus.PAST) ? 1 : 0;
            officeEnding += !office.contains(SupportStatus.PAST) && office.contains(SupportStatus.ENDING) ? 1 : 0;
        }
        return new SupportExposure(today, devices, systemPast, systemEnding, officePast, officeEnding, unknown);
    }

    private List<ImportView> imports(long collectivityId) {
        return store.imports(collectivityId).stream()
                .map(i -> new ImportView(
                        i.id(),
                        i.collectivityId(),
                        i.fileName(),
                        i.inventories(),
                        i.devicesAdded(),
                        i.devicesChanged(),
                        i.importedBy(),
                        i.importedAt()))
                .toList();
    }

    private static InventorySettingsView settingsView(Settings s) {
        return new InventorySettingsView(s.territoryId(), s.staleDays(), s.excludedDays(), s.version());
    }

    static Freshness freshness(LocalDateTime lastSeen, Settings settings, LocalDateTime now) {
        if (lastSeen.isBefore(now.minusDays(settings.excludedDays()))) {
            return Freshness.EXCLUDED;
        }
        if (lastSeen.isBefore(now.minusDays(settings.staleDays()))) {
            return Freshness.STALE;
        }
        return Freshness.FRESH;
    }

    private static DeviceSummary summary(DeviceRow d, Settings settings, LocalDateTime now) {
        return new DeviceSummary(
                d.id(),
                d.collectivityId(),
                d.name(),
                d.agentKey(),
                d.serial(),
                InventorySource.valueOf(d.source()),
                d.enrolmentId() != null,
                d.firstSeen(),
                d.lastSeen(),
                freshness(d.lastSeen(), settings, now));
    }
}
