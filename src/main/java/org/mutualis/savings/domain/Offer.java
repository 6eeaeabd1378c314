package org.mutualis.savings.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A supplier's price for an item, valid over a period, with what it brings besides the price
 * (e.g. "appels illimités vers les fixes", "garantie 3 ans").
 */
public record Offer(
        PriceItem item,
        String supplier,
        OfferSource source,
        Price price,
        LocalDate validFrom,
        @Nullable LocalDate validUntil,
        List<String> benefits) {

    public Offer {
        benefits = List.copyOf(benefits);
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("an offer cannot end before it starts");
        }
    }
}
