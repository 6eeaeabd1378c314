package org.mutualis.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mutualis.procurement.domain.ThresholdKind;

/** A threshold as an administrator enters it; {@link ProcurementThresholds} checks every field. */
public record ThresholdForm(
        @Nullable ThresholdKind kind,
        @Nullable BigDecimal amountHt,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil,
        @Nullable String legalSource) {}
