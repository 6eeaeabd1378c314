/**
 * Procurements and thresholds through {@code JdbcClient}.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.procurement.persistence;
