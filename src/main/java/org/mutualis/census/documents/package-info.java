/**
 * The census module's documents: the printable PDF copy of a collectivité's answers. Internal to
 * the census module.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.census.documents;
