package org.mutualis.programme;

import java.util.List;
import org.mutualis.shared.ListPage;

/**
 * A programme's decisions register as its reader may see it: one page of the decisions (latest
 * first) and the council deliberations (a correspondent: their own collectivité's only).
 */
public record DecisionRegister(
        GovernanceProgramme programme,
        ListPage<DecisionView> decisions,
        List<DeliberationView> deliberations,
        boolean editable) {

    public DecisionRegister {
        deliberations = List.copyOf(deliberations);
    }
}
