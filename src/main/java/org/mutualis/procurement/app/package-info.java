/**
 * Spring services around the procurement core: the catalogue of priced items, offers and their
 * savings against the census, scenarios, group procurements, thresholds and assessments. Stores
 * are package-private repositories on {@code JdbcClient}; the services check who may see and edit.
 * Named interface {@code app}: the demo loads the study's offers and procurements through it.
 */
@org.springframework.modulith.NamedInterface("app")
@org.jspecify.annotations.NullMarked
package org.mutualis.procurement.app;
