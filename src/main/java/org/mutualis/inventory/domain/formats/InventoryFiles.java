package org.mutualis.inventory.domain.formats;

import java.util.List;
import org.mutualis.inventory.domain.InventoryReport;

/**
 * The files an EPCI that already has a tool imports: GLPI Agent JSON ({@code .json}), OCS /
 * FusionInventory XML ({@code .xml}, {@code .ocs}), a GLPI computers export ({@code .csv}), or a
 * ZIP of them; each read whole or refused whole.
 */
public final class InventoryFiles {

    private InventoryFiles() {}

    /**
     * The inventories of one file, in the file's order.
     *
     * @throws org.mutualis.shared.error.RejectedException with every problem found (the entry, the
     *     line, the column), when any part of the file cannot be read: nothing of it is taken
     */
    public static List<InventoryReport> read(String fileName, byte[] content, FileLimits limits) {
        throw new UnsupportedOperationException("formats: to be written");
    }
}
