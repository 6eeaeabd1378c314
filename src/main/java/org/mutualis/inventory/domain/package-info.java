/**
 * The inventory's plain Java: what an agent or an export says of one computer ({@link
 * org.mutualis.inventory.domain.InventoryReport}), read from the formats real agents speak
 * ({@code formats}), merged into a device's state, compared with its previous state, and
 * classified by the territory's rules.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.inventory.domain;
