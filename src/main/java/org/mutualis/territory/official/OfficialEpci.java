package org.mutualis.territory.official;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One entry of {@code epci.json}, with the members as listed by the DGCL. */
public record OfficialEpci(String siren, String name, String type, long population, List<Member> members) {

    /** A member commune; its population here is only a fallback, communes.json has the reference one. */
    public record Member(
            String code,
            @Nullable String siren,
            String name,
            @Nullable Integer population) {}
}
