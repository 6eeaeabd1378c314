package org.mutualis.procurement;

import java.util.List;
import org.mutualis.territory.TerritorySummary;

/** The procurements of a territory this user may see, matching the search. */
public record ProcurementList(TerritorySummary territory, List<ProcurementView> procurements) {

    public ProcurementList {
        procurements = List.copyOf(procurements);
    }
}
