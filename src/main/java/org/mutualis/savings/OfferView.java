package org.mutualis.savings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.savings.domain.Offer;
import org.mutualis.savings.domain.OfferSource;
import org.mutualis.savings.domain.Price;

/**
 * A stored offer.
 *
 * @param currentPrice today's price as stated with the offer, used where the census gives none
 */
public record OfferView(
        long id,
        long territoryId,
        PriceItemView item,
        String supplier,
        OfferSource source,
        Price price,
        LocalDate validFrom,
        @Nullable LocalDate validUntil,
        List<String> benefits,
        @Nullable Price currentPrice,
        int version) {

    /** When the offer states no end, savings are counted over three years, and say so. */
    public static final int DEFAULT_CONTRACT_MONTHS = 36;

    public OfferView {
        benefits = List.copyOf(benefits);
    }

    public Offer toCore() {
        return new Offer(item.toCore(), supplier, source, price, validFrom, validUntil, benefits);
    }

    /** The months savings are counted over: the offer's validity, or three years. */
    public int contractMonths() {
        if (validUntil == null) {
            return DEFAULT_CONTRACT_MONTHS;
        }
        return (int) Math.max(1, ChronoUnit.MONTHS.between(validFrom, validUntil.plusDays(1)));
    }
}
