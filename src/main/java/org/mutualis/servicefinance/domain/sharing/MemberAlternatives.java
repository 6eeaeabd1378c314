package org.mutualis.servicefinance.domain.sharing;

import java.util.List;

/** One member's cost under each alternative, in the order of {@link Alternative}. */
public record MemberAlternatives(String collectivityCode, String name, List<AlternativeCost> costs) {

    public MemberAlternatives {
        costs = List.copyOf(costs);
    }

    public AlternativeCost cost(Alternative alternative) {
        return costs.get(alternative.ordinal());
    }
}
