package org.mutualis.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.InventorySnapshot;
import org.mutualis.census.InventorySnapshots;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.inventory.domain.rules.ClassificationEngine;
import org.mutualis.inventory.domain.rules.ClassifiedDevice;
import org.mutualis.inventory.domain.rules.IndicatorMapping;
import org.mutualis.inventory.persistence.DeviceStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inventory's counts for a census (issue 15), which census campaigns take as answers: the
 * park at the census date, classified by the territory's rules and counted onto the questions by
 * {@link IndicatorMapping}.
 *
 * <p>The park at the census date: each device's last state received by the date's end; a device
 * whose agent reported only later counts with its first report — unless its purchase date comes
 * after the census date (it was not there yet; a BIOS date is no proof: an update moves it); a device not seen for the territory's «
 * left out after » days before the census date is left out. The snapshot is dated by the census
 * date's end, or by now when that is still to come.
 */
@Service
@Transactional(readOnly = true)
class CensusInventory implements InventorySnapshots {

    private final DeviceStore store;
    private final InventoryRules rules;
    private final java.time.Clock clock;

    CensusInventory(DeviceStore store, InventoryRules rules, java.time.Clock clock) {
        this.store = store;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public Map<Long, InventorySnapshot> at(long territoryId, LocalDate censusDate, Set<String> questionCodes) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime end = censusDate.atTime(LocalTime.MAX).withNano(0);
        LocalDateTime at = end.isAfter(now) ? now : end;
        int excludedDays = store.settings(territoryId).excludedDays();
        ClassificationEngine engine = rules.engine();
        Map<Long, List<ClassifiedDevice>> byCollectivity = new TreeMap<>();
        for (DeviceStore.DeviceFacts d : store.factsAt(territoryId, at, at.minusDays(excludedDays))) {
            if (cameAfter(d.facts(), censusDate)) {
                continue;
            }
            byCollectivity
                    .computeIfAbsent(d.device().collectivityId(), k -> new ArrayList<>())
                    .add(new ClassifiedDevice(
                            engine.classify(d.facts()), d.facts().monitors()));
        }
        Map<Long, InventorySnapshot> snapshots = new HashMap<>();
        byCollectivity.forEach((collectivityId, devices) -> {
            Map<String, BigDecimal> values = new TreeMap<>();
            IndicatorMapping.count(questionCodes, devices)
                    .counts()
                    .forEach((code, count) -> values.put(code, BigDecimal.valueOf(count)));
            if (!values.isEmpty()) {
                snapshots.put(collectivityId, new InventorySnapshot(at, devices.size(), values));
            }
        });
        return snapshots;
    }

    /** Whether the device was bought after the census date. */
    static boolean cameAfter(InventoryReport facts, LocalDate censusDate) {
        @Nullable LocalDate bought = facts.purchaseDate();
        return bought != null && bought.isAfter(censusDate);
    }
}
