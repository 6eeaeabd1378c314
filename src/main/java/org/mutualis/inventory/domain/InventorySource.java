package org.mutualis.inventory.domain;

/** Where an inventory came from: the format it was written in. */
public enum InventorySource {
    /** GLPI Agent's native inventory (JSON), sent to the endpoint or imported as a file. */
    GLPI_JSON,
    /** The OCS Inventory / FusionInventory XML inventory, sent to the endpoint or imported as a file. */
    OCS_XML,
    /** A line of a GLPI computers export (CSV). */
    GLPI_CSV
}
