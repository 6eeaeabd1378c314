package org.mutualis.servicefinance;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Units entered by hand for a collectivité: the service (of the territory's catalogue), the day of
 * the use, the units (more than zero) and why (required: every unit is traceable).
 */
public record ManualUnitForm(
        @Nullable Long serviceId,
        @Nullable LocalDate usedOn,
        @Nullable BigDecimal units,
        @Size(max = 1000) @Nullable String justification) {}
