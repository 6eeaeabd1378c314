/**
 * The territory: an EPCI at a reference year, its member communes (INSEE code, SIREN, population),
 * the EPCI administration itself and other bodies that answer the census. Territories come from
 * the official data (INSEE COG, DGCL EPCI list) or from a CSV file.
 *
 * <p>Public API: the records of this package and the {@link org.mutualis.territory.Territories}
 * service. Sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package org.mutualis.territory;
