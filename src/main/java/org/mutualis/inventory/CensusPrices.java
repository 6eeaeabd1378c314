package org.mutualis.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.BandSettings;

/**
 * The census figures the inventory's euros and lifespans come from: the territory's latest
 * campaign whose census date is on or before today, and in its synthesis (as the reader may see
 * it) the simple mean cost of each kind of machine and the mean lifespan of workstations.
 *
 * @param campaign null when the territory has no such campaign
 * @param kinds one line per kind of machine, priced or saying why not
 * @param lifespanMean the simple mean of {@code avg_lifespan_years}, null when not known to this reader
 * @param lifespanGap why there is no mean lifespan (null when there is one)
 * @param bands the campaign's population bands and their default lifespans (null without a campaign)
 */
public record CensusPrices(
        @Nullable PricingCampaign campaign,
        List<KindPrice> kinds,
        @Nullable BigDecimal lifespanMean,
        @Nullable PriceGap lifespanGap,
        @Nullable BandSettings bands) {

    /** The indicator of the mean lifespan. */
    public static final String LIFESPAN_INDICATOR = "avg_lifespan_years";

    /** The campaign a figure came from. */
    public record PricingCampaign(long id, String name, LocalDate censusDate) {}

    public CensusPrices {
        kinds = List.copyOf(kinds);
    }

    /** The known mean costs HT by kind. */
    public Map<String, BigDecimal> costs() {
        Map<String, BigDecimal> costs = new LinkedHashMap<>();
        for (KindPrice k : kinds) {
            if (k.meanHt() != null) {
                costs.put(k.kind(), k.meanHt());
            }
        }
        return costs;
    }

    public Optional<KindPrice> kind(String kind) {
        return kinds.stream().filter(k -> k.kind().equals(kind)).findFirst();
    }
}
