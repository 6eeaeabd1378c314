/**
 * The formats real inventory agents and tools write, read safely: the GLPI Agent native JSON
 * inventory and its CONTACT, the OCS Inventory / FusionInventory XML PROLOG and INVENTORY, a GLPI
 * computers export (CSV), and ZIP files of them; the bodies' compression (zlib, gzip, deflate or
 * none, told by the content type or sniffed), each bounded. See docs/inventory-protocols.md.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.inventory.domain.formats;
