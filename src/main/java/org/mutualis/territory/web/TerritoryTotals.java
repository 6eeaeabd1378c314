package org.mutualis.territory.web;

import java.util.List;
import org.mutualis.shared.CollectivityKind;
import org.mutualis.territory.CollectivityView;

/**
 * The totals under a territory's table. Only current communes count: merged communes have no
 * population of their own, and the EPCI or other bodies have none either.
 */
record TerritoryTotals(int communes, long population, int withoutPopulation, int merged, int others) {

    static TerritoryTotals of(List<CollectivityView> collectivities) {
        int communes = 0;
        long population = 0;
        int withoutPopulation = 0;
        int merged = 0;
        int others = 0;
        for (CollectivityView c : collectivities) {
            if (c.kind() != CollectivityKind.COMMUNE) {
                others++;
            } else if (c.merged()) {
                merged++;
            } else {
                communes++;
                if (c.population() == null) {
                    withoutPopulation++;
                } else {
                    population += c.population();
                }
            }
        }
        return new TerritoryTotals(communes, population, withoutPopulation, merged, others);
    }
}
