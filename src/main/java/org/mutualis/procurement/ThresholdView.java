package org.mutualis.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mutualis.procurement.domain.Threshold;
import org.mutualis.procurement.domain.ThresholdKind;

/** A stored procedure threshold; {@code validUntil} null = still in force. */
public record ThresholdView(
        long id,
        ThresholdKind kind,
        BigDecimal amountHt,
        LocalDate validFrom,
        @Nullable LocalDate validUntil,
        String legalSource,
        long version) {

    Threshold toCore() {
        return new Threshold(kind, amountHt, validFrom, validUntil, legalSource);
    }

    public ThresholdForm toForm() {
        return new ThresholdForm(kind, amountHt, validFrom, validUntil, legalSource);
    }
}
