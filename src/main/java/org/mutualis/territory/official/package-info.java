/**
 * The official territory data (INSEE COG, DGCL EPCI list, as packaged by
 * {@code @etalab/decoupage-administratif}): streaming reader, search, and the mapping of an EPCI
 * to the collectivités of a territory. Plain Java except {@link org.mutualis.territory.official.OfficialData}.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.territory.official;
