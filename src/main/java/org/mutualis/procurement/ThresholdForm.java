package org.mutualis.procurement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mutualis.procurement.domain.ThresholdKind;

/**
 * A threshold as an administrator enters it, on the page or in the API (amounts and dates as the
 * form formatters read them: {@code 221 000}, {@code 01/01/2026}); {@link ProcurementThresholds}
 * checks every rule again.
 */
public record ThresholdForm(
        @Nullable ThresholdKind kind,
        @Nullable BigDecimal amountHt,
        @NotNull @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil,

        @Size(max = ProcurementThresholds.SOURCE_LENGTH) @Nullable
        String legalSource) {

    /** The empty form of the page. */
    public static ThresholdForm empty() {
        return new ThresholdForm(null, null, null, null, null);
    }
}
