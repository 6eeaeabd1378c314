package org.mutualis.servicefinance;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A territory's services for a year, each with its unit cost when one is recorded and its forecast. */
public record UnitCostList(long territoryId, String territoryName, int year, List<Line> lines) {

    public UnitCostList {
        lines = List.copyOf(lines);
    }

    /**
     * One service: its recorded unit cost (null: none yet), the forecast of the conventions in force
     * (null: none subscribes to it that year) and how many conventions forecast.
     */
    public record Line(
            CatalogueServiceView service,
            @Nullable Long unitCostId,
            @Nullable BigDecimal value,
            @Nullable BigDecimal forecastUnits,
            int conventions) {}
}
