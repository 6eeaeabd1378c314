package org.mutualis.procurement.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A lot of a procurement with its estimated amount in euros HT over the whole contract. */
public record Lot(int number, String title, BigDecimal estimatedAmountHt) {

    public Lot {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(estimatedAmountHt, "estimatedAmountHt");
        if (estimatedAmountHt.signum() < 0) {
            throw new IllegalArgumentException("negative lot estimate: " + estimatedAmountHt);
        }
    }
}
