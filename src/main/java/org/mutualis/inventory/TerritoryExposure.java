package org.mutualis.inventory;

import java.util.List;
import org.mutualis.territory.TerritorySummary;

/**
 * A territory's end-of-support exposure: each collectivité with machines (a correspondent: their
 * own only), their total, and the census figures behind the euros.
 */
public record TerritoryExposure(TerritorySummary territory, CensusPrices prices, List<Row> rows, ExposureCosts total) {

    public TerritoryExposure {
        rows = List.copyOf(rows);
    }

    /** One collectivité's line. */
    public record Row(long collectivityId, String code, String name, ExposureCosts costs) {}
}
