package org.mutualis.inventory;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.mutualis.identity.CurrentUser;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.inventory.domain.formats.FileLimits;
import org.mutualis.inventory.domain.formats.InventoryFiles;
import org.mutualis.inventory.persistence.DeviceStore;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.CollectivityView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports of the tools a collectivité already has: GLPI Agent JSON files, OCS Inventory /
 * FusionInventory XML files, a GLPI computers export (CSV), one by one or in a ZIP. A file is read
 * whole before anything is stored; any problem refuses it whole with every problem named; otherwise
 * its inventories go in one transaction, so an import is all or nothing.
 */
@Service
public class InventoryImports {

    private final InventoryAccess access;
    private final DeviceIngest ingest;
    private final DeviceStore store;
    private final Clock clock;
    private final FileLimits limits;

    InventoryImports(
            InventoryAccess access,
            DeviceIngest ingest,
            DeviceStore store,
            Clock clock,
            @Value("${mutualis.inventory.import.max-inflated-bytes:268435456}") long maxInflated,
            @Value("${mutualis.inventory.import.max-entries:5000}") int maxEntries,
            @Value("${mutualis.inventory.import.max-inventories:20000}") int maxInventories) {
        this.access = access;
        this.ingest = ingest;
        this.store = store;
        this.clock = clock;
        this.limits = new FileLimits(maxInflated, maxEntries, maxInventories);
    }

    /** Checks who may import for this collectivité, before the file is read. */
    public CollectivityView target(long collectivityId, CurrentUser user) {
        return access.importable(collectivityId, user);
    }

    /**
     * @throws RejectedException with every problem of the file; nothing of it is stored
     */
    @Transactional
    public ImportView importFile(long collectivityId, String fileName, byte[] content, CurrentUser user) {
        CollectivityView c = access.importable(collectivityId, user);
        String name = fileName.isBlank() ? "inventaire" : fileName.strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        if (content.length == 0) {
            throw new RejectedException("inventory.import.empty", name);
        }
        List<InventoryReport> reports = InventoryFiles.read(name, content, limits);
        if (reports.isEmpty()) {
            throw new RejectedException("inventory.import.nothing", name);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        long importId = store.insertImport(c.territoryId(), c.id(), name, reports.size(), user.username(), now);
        int added = 0;
        int changed = 0;
        for (InventoryReport report : reports) {
            var outcome = ingest.store(
                    c.territoryId(), c.id(), null, report, DeviceIngest.Origin.IMPORT, importId, null, now);
            if (outcome.added()) {
                added++;
            } else if (outcome.changed()) {
                changed++;
            }
        }
        store.importCounts(importId, added, changed);
        return new ImportView(importId, c.id(), name, reports.size(), added, changed, user.username(), now);
    }
}
