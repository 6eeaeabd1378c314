package org.mutualis.procurement.app;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mutualis.procurement.Price;

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
