package org.mutualis.servicefinance.domain.sharing;

import org.jspecify.annotations.Nullable;

/**
 * A collectivité whose cost the alternatives compare.
 *
 * @param population its population (municipal, as the territory holds it)
 * @param workstations its workstations (from the latest census); null when not communicated (NC,
 *     which is not zero)
 */
public record Member(
        String collectivityCode,
        String name,
        int population,
        @Nullable Integer workstations) {}
