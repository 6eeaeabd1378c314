package org.mutualis.servicefinance.domain.sharing;

import java.util.List;

/** One collectivité's uses of the services over one period, to be put on its statement. */
public record StatementRequest(
        String collectivityCode, String collectivityName, StatementPeriod period, List<Use> uses) {

    public StatementRequest {
        uses = List.copyOf(uses);
    }
}
