package org.mutualis.assessment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mutualis.savings.OfferView;
import org.mutualis.savings.domain.Price;

/** An offer a procurement is expected to obtain, and what it obtained once awarded. */
public record LinkedOffer(
        OfferView offer,
        @Nullable String awardedSupplier,
        @Nullable Price awardedPrice,
        @Nullable LocalDate awardedOn,
        int version) {

    public boolean awarded() {
        return awardedPrice != null;
    }
}
