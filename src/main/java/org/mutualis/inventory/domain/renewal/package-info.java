/**
 * The renewal plan, year by year: when each machine is due (its age against its type's lifespan,
 * or earlier when its system's end of support forces the migration) and what renewing costs, in
 * euros HT and TTC, per year.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.inventory.domain.renewal;
